package dev.symbolon.samples.kotlin.app

import java.util.Locale

/** Trains the classifier on two clouds of points and prints its cost as it learns, then its accuracy. */
fun main() {
    val data = Blobs.generate(examples = 200, seed = 7)
    val training = Training(data, learningRate = 0.5, l2 = 0.001)
    for (step in 1..STEPS) {
        val cost = training.step()
        if (step == 1 || step % 50 == 0) {
            println("step %3d/%d  cost %.4f".format(Locale.ROOT, step, STEPS, cost))
        }
    }
    println("accuracy %.3f on %d examples; w = %s, b = %.4f".format(Locale.ROOT,
        training.accuracy(), data.examples, training.model.w().getValue(), training.model.b().doubleValue()))
}

private const val STEPS = 200
