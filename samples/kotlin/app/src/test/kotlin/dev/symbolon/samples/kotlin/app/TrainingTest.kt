package dev.symbolon.samples.kotlin.app

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import kotlin.math.ln

class TrainingTest {
    private val data = Blobs.generate(examples = 200, seed = 7)

    @Test
    fun trainingFromKotlinLowersTheCostAndSeparatesTheClouds() {
        val training = Training(data, learningRate = 0.5, l2 = 0.001)
        val costs = List(200) { training.step() }
        assertEquals(ln(2.0), costs.first(), 1e-12, "zero weights predict 0.5 everywhere")
        costs.zipWithNext().forEach { (before, after) -> assertTrue(after <= before, "$before then $after") }
        assertTrue(costs.last() < 0.15, "final cost ${costs.last()}")
        assertTrue(training.accuracy() >= 0.95, "accuracy ${training.accuracy()}")
    }

    @Test
    fun theGradientRecordOfTheJavaModelReadsAsKotlinValues() {
        val training = Training(data, learningRate = 0.5, l2 = 0.001)
        val gradient = training.model.costGrad(data.x, data.y, 0.001)
        // at zero weights every prediction is 0.5: d cost / d w = mean((0.5 - y) x), d cost / d b = mean(0.5 - y)
        val expectedW = DoubleArray(2) { j -> data.x.indices.sumOf { (0.5 - data.y[it]) * data.x[it][j] } / data.examples }
        assertEquals(ln(2.0), gradient.value(), 1e-12)
        assertArrayEquals(expectedW, gradient.w().toDoubleArray(), 1e-12)
        assertEquals(0.0, gradient.b(), 1e-12, "the labels are balanced")
    }
}
