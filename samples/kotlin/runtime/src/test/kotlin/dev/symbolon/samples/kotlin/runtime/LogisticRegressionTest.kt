package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.samples.kotlin.model.CompiledClassifier
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class LogisticRegressionTest {
    private val data = Data(examples = 40, seed = 11)
    private val initialWeights = doubleArrayOf(0.75, -0.25)

    @Test
    fun trainingInKotlinAtRunTimeIsTheCompiledJavaModelsTrainingToTheBit() {
        val kotlin = LogisticRegression(initialWeights)
        val java = CompiledClassifier().also { it.w().setValue(initialWeights) }
        repeat(5) { step ->
            assertEquals(java.train(data.x, data.y, 0.5, 0.01), kotlin.train(data.x, data.y, 0.5, 0.01), "cost of step $step")
            assertArrayEquals(java.w().getValue().toDoubleArray(), kotlin.w.getValue().toDoubleArray(), "w after step $step")
            assertEquals(java.b().doubleValue(), kotlin.b.doubleValue(), "b after step $step")
        }
        assertArrayEquals(java.predict(data.x).toDoubleArray(), kotlin.predict(data.x))
    }

    @Test
    fun theGradientsAreTheCostsFiniteDifferences() {
        val model = LogisticRegression(initialWeights)
        model.b.setValue(0.125)
        val gradient = model.costGrad(data.x, data.y, 0.01)
        for (j in initialWeights.indices) {
            val slope = centralDifference { h ->
                model.w.setValue(initialWeights.copyOf().also { it[j] += h })
                model.costGrad(data.x, data.y, 0.01).cost
            }
            assertEquals(slope, gradient.w[j], 1e-8, "d cost / d w[$j]")
        }
        model.w.setValue(initialWeights)
        val slope = centralDifference { h ->
            model.b.setValue(0.125 + h)
            model.costGrad(data.x, data.y, 0.01).cost
        }
        assertEquals(slope, gradient.b, 1e-8, "d cost / d b")
    }

    private fun centralDifference(cost: (Double) -> Double): Double = (cost(H) - cost(-H)) / (2 * H)

    private companion object {
        const val H = 1e-6
    }
}
