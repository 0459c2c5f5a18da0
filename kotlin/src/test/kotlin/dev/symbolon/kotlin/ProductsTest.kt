package dev.symbolon.kotlin

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.T
import dev.symbolon.Vector
import dev.symbolon.kotlin.Graphs.evaluate
import dev.symbolon.runtime.NDArray
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class ProductsTest {
    private val a = T.vector("a")
    private val b = T.vector("b")
    private val x = T.matrix("x")
    private val y = T.matrix("y")

    private val aValue = a to NDArray.of(doubleArrayOf(1.0, 2.0))
    private val bValue = b to NDArray.of(doubleArrayOf(3.0, 4.0))
    private val xValue = x to NDArray.of(arrayOf(doubleArrayOf(1.0, 2.0), doubleArrayOf(3.0, 4.0)))
    private val yValue = y to NDArray.of(arrayOf(doubleArrayOf(0.0, 1.0), doubleArrayOf(1.0, 0.0)))

    @Test
    fun dotOfTwoVectorsIsTheirInnerProduct() {
        val inner: Scalar = a dot b
        assertEquals(T.dot(a, b), inner)
        assertEquals(11.0, evaluate(inner, aValue, bValue).getDouble())
    }

    @Test
    fun dotOfAMatrixAndAVectorIsAVectorOfRowProducts() {
        val product: Vector = x dot a
        assertEquals(T.dot(x, a), product)
        assertArrayEquals(doubleArrayOf(5.0, 11.0), evaluate(product, xValue, aValue).toDoubleArray())
    }

    @Test
    fun dotOfAVectorAndAMatrixIsAVectorOfColumnProducts() {
        val product: Vector = a dot x
        assertEquals(T.dot(a, x), product)
        assertArrayEquals(doubleArrayOf(7.0, 10.0), evaluate(product, aValue, xValue).toDoubleArray())
    }

    @Test
    fun dotOfTwoMatricesIsTheMatrixProduct() {
        val product: Matrix = x dot y
        assertEquals(T.dot(x, y), product)
        assertArrayEquals(doubleArrayOf(2.0, 1.0, 4.0, 3.0), evaluate(product, xValue, yValue).toDoubleArray())
    }

    @Test
    fun outerOfTwoVectorsIsTheMatrixOfTheirProducts() {
        val product: Matrix = a outer b
        assertEquals(T.outer(a, b), product)
        assertArrayEquals(doubleArrayOf(3.0, 4.0, 6.0, 8.0), evaluate(product, aValue, bValue).toDoubleArray())
    }

    @Test
    fun anInfixProductBindsLooserThanArithmetic() {
        // Kotlin ranks infix calls below + and *: x dot a + 1.0 would read x dot (a + 1.0)
        val affine: Vector = (x dot a) + 1.0
        assertArrayEquals(doubleArrayOf(6.0, 12.0), evaluate(affine, xValue, aValue).toDoubleArray())
    }
}
