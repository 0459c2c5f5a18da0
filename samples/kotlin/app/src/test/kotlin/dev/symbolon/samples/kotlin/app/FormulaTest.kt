package dev.symbolon.samples.kotlin.app

import dev.symbolon.T.*
import dev.symbolon.kotlin.*
import dev.symbolon.runtime.NDArray
import dev.symbolon.runtime.SharedVariable
import dev.symbolon.samples.kotlin.model.CompiledClassifier
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The Java model's formulas written in Kotlin with symbolon-kotlin's operators, built at run time and
 * compiled with `function`, give the values of the model's generated class, to the bit.
 */
class FormulaTest {
    private val data = Blobs.generate(examples = 20, seed = 3)
    private val wValue = doubleArrayOf(0.75, -0.25)
    private val bValue = 0.125
    private val l2 = 0.01

    private val model = CompiledClassifier().also {
        it.w().setValue(wValue)
        it.b().setValue(bValue)
    }

    private val wState = SharedVariable.of("w", NDArray.of(wValue))
    private val bState = SharedVariable.of("b", bValue)
    private val x = matrix("x")
    private val y = vector("y")
    private val w = wState.vector()
    private val b = bState.scalar()

    private val p = sigmoid((x dot w) + b)
    private val cost = mean(binaryCrossentropy(p, y)) + l2 * sum(w * w)

    @Test
    fun theCostWrittenInKotlinIsTheJavaModelsCost() {
        val (value) = function(listOf(x, y), listOf(cost)).call(data.x, data.y)
        assertEquals(model.cost(data.x, data.y, l2), value.getDouble())
    }

    @Test
    fun itsGradientsAreTheJavaModelsGradients() {
        val (dw, db) = function(listOf(x, y), listOf(grad(cost, w), grad(cost, b))).call(data.x, data.y)
        val expected = model.costGrad(data.x, data.y, l2)
        assertArrayEquals(expected.w().toDoubleArray(), dw.toDoubleArray())
        assertEquals(expected.b(), db.getDouble())
    }

    @Test
    fun aStepWrittenWithADoubleOnTheLeftIsTheJavaModelsStep() {
        val step = function(listOf(x, y), listOf(cost),
            mapOf(w to w - 0.1 * grad(cost, w), b to b - 0.1 * grad(cost, b)))
        val (before) = step.call(data.x, data.y)
        assertEquals(model.train(data.x, data.y, 0.1, l2), before.getDouble())
        assertArrayEquals(model.w().getValue().toDoubleArray(), wState.getValue().toDoubleArray())
        assertEquals(model.b().doubleValue(), bState.doubleValue())
    }

    @Test
    fun predictedClassesAreAComparisonWithAHalf() {
        val (predicted) = function(listOf(x), listOf(p gt 0.5)).call(data.x)
        val probabilities = model.predict(data.x).toDoubleArray()
        assertArrayEquals(probabilities.map { if (it > 0.5) 1.0 else 0.0 }.toDoubleArray(), predicted.toDoubleArray())
    }
}
