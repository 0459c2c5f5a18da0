package dev.symbolon.samples.kotlin.runtime

import java.util.Random

/** Two overlapping clouds of points in the plane, labels 0 and 1 alternating; the same for the same seed. */
class Data(examples: Int, seed: Long) {
    val y = DoubleArray(examples) { (it % 2).toDouble() }
    val x: Array<DoubleArray> = Random(seed).let { random ->
        Array(examples) { i -> DoubleArray(2) { (if (y[i] == 1.0) 1.0 else -1.0) + random.nextGaussian() } }
    }
}
