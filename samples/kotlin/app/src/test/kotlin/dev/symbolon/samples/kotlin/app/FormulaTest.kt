package dev.symbolon.samples.kotlin.app

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.SymbolicValue
import dev.symbolon.T.*
import dev.symbolon.Vector
import dev.symbolon.internal.access.Internals
import dev.symbolon.internal.interpreter.Interpreter
import dev.symbolon.internal.ir.GraphOps
import dev.symbolon.internal.ir.Type
import dev.symbolon.kotlin.*
import dev.symbolon.runtime.DType
import dev.symbolon.runtime.NDArray
import dev.symbolon.samples.kotlin.model.CompiledClassifier
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The Java model's formulas written in Kotlin with symbolon-kotlin's operators give the values of the
 * generated class. Until graphs built at run time compile into functions, the Kotlin graphs are
 * evaluated by the reference interpreter, through the runtime's internal packages: tests may, user
 * code may not.
 */
class FormulaTest {
    private val x = input("x", 2) as Matrix
    private val y = input("y", 1) as Vector
    private val w = input("w", 1) as Vector
    private val b = input("b", 0) as Scalar

    private val data = Blobs.generate(examples = 20, seed = 3)
    private val wValue = doubleArrayOf(0.75, -0.25)
    private val bValue = 0.125
    private val l2 = 0.01
    private val values = mapOf("x" to NDArray.of(data.x), "y" to NDArray.of(data.y),
        "w" to NDArray.of(wValue), "b" to NDArray.scalar(bValue))

    private val model = CompiledClassifier().also {
        it.w().setValue(wValue)
        it.b().setValue(bValue)
    }

    private val p = sigmoid((x dot w) + b)
    private val cost = mean(binaryCrossentropy(p, y)) + l2 * sum(w * w)

    @Test
    fun theCostWrittenInKotlinIsTheJavaModelsCost() {
        assertEquals(model.cost(data.x, data.y, l2), evaluate(cost).getDouble(), 1e-12)
    }

    @Test
    fun itsGradientsAreTheJavaModelsGradients() {
        val expected = model.costGrad(data.x, data.y, l2)
        assertArrayEquals(expected.w().toDoubleArray(), evaluate(grad(cost, w)).toDoubleArray(), 1e-12)
        assertEquals(expected.b(), evaluate(grad(cost, b)).getDouble(), 1e-12)
    }

    @Test
    fun aStepWrittenWithADoubleOnTheLeftIsTheJavaModelsStep() {
        val newW = w - 0.1 * grad(cost, w)
        val newB = b - 0.1 * grad(cost, b)
        val expectedW = evaluate(newW).toDoubleArray()
        val expectedB = evaluate(newB).getDouble()
        model.train(data.x, data.y, 0.1, l2)
        assertArrayEquals(expectedW, model.w().getValue().toDoubleArray(), 1e-12)
        assertEquals(expectedB, model.b().doubleValue(), 1e-12)
    }

    @Test
    fun predictedClassesAreAComparisonWithAHalf() {
        val predicted = evaluate(p gt 0.5).toDoubleArray()
        val probabilities = model.predict(data.x).toDoubleArray()
        assertArrayEquals(probabilities.map { if (it > 0.5) 1.0 else 0.0 }.toDoubleArray(), predicted)
    }

    private fun input(name: String, rank: Int): SymbolicValue =
        Internals.handle(GraphOps.input(name, Type.of(DType.FLOAT64, rank)))

    private fun evaluate(value: SymbolicValue): NDArray = Interpreter.evaluate(Internals.node(value), values)
}
