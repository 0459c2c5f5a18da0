package dev.symbolon.samples.kotlin.app

import java.util.Random

/** Two overlapping Gaussian clouds in the plane, labels 0 and 1 alternating; the same for the same seed. */
class Blobs(val x: Array<DoubleArray>, val y: DoubleArray) {
    val examples: Int get() = y.size
    val features: Int get() = x.firstOrNull()?.size ?: 0

    companion object {
        fun generate(examples: Int, seed: Long): Blobs {
            val random = Random(seed)
            val y = DoubleArray(examples) { (it % 2).toDouble() }
            val x = Array(examples) { i ->
                val center = if (y[i] == 1.0) CENTER else -CENTER
                DoubleArray(2) { center + random.nextGaussian() }
            }
            return Blobs(x, y)
        }

        /** Each cloud's center on both axes; at 1.5 standard deviations a few points stray across. */
        private const val CENTER = 1.5
    }
}
