package dev.symbolon.samples.kotlin.app

import dev.symbolon.samples.kotlin.model.CompiledClassifier

/** Trains the Java model's generated class on [data] by full-batch gradient descent. */
class Training(private val data: Blobs, private val learningRate: Double, private val l2: Double) {
    val model = CompiledClassifier()

    init {
        model.w().setValue(DoubleArray(data.features))
    }

    /** One step; the cost before it. */
    fun step(): Double = model.train(data.x, data.y, learningRate, l2)

    /** The share of examples whose predicted class (probability at least 0.5) is their label. */
    fun accuracy(): Double {
        val probabilities = model.predict(data.x).toDoubleArray()
        val right = probabilities.indices.count { (probabilities[it] >= 0.5) == (data.y[it] == 1.0) }
        return right.toDouble() / data.examples
    }
}
