package dev.symbolon.kotlin

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.T
import dev.symbolon.Tensor
import dev.symbolon.Vector
import dev.symbolon.kotlin.Graphs.evaluate
import dev.symbolon.runtime.DType
import dev.symbolon.runtime.NDArray
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class DoubleOperatorsTest {
    private val s = T.scalar("s")
    private val v = T.vector("v")
    private val m = T.matrix("m")
    private val t = T.tensor("t", 3)

    private val sValue = s to NDArray.scalar(4.0)
    private val vValue = v to NDArray.of(doubleArrayOf(1.0, 2.0, 4.0))
    private val mValue = m to NDArray.of(arrayOf(doubleArrayOf(1.0, 2.0), doubleArrayOf(4.0, 8.0)))
    private val tValue = t to NDArray.wrap(doubleArrayOf(1.0, 2.0, 4.0, 8.0), 1, 2, 2)

    @Test
    fun aDoubleOnTheLeftIsTheLeftOperand() {
        val difference: Vector = 10.0 - v
        val quotient: Vector = 8.0 / v
        val remainder: Vector = 7.0 % v
        assertArrayEquals(doubleArrayOf(9.0, 8.0, 6.0), evaluate(difference, vValue).toDoubleArray())
        assertArrayEquals(doubleArrayOf(8.0, 4.0, 2.0), evaluate(quotient, vValue).toDoubleArray())
        assertArrayEquals(doubleArrayOf(0.0, 1.0, 3.0), evaluate(remainder, vValue).toDoubleArray())
    }

    @Test
    fun everyArithmeticOperatorWithADoubleOnTheLeftBuildsTheGraphOfT() {
        assertEquals(T.add(2.0, s), 2.0 + s)
        assertEquals(T.sub(2.0, s), 2.0 - s)
        assertEquals(T.mul(2.0, s), 2.0 * s)
        assertEquals(T.div(2.0, s), 2.0 / s)
        assertEquals(T.rem(2.0, s), 2.0 % s)
        assertEquals(T.add(2.0, v), 2.0 + v)
        assertEquals(T.sub(2.0, v), 2.0 - v)
        assertEquals(T.mul(2.0, v), 2.0 * v)
        assertEquals(T.div(2.0, v), 2.0 / v)
        assertEquals(T.rem(2.0, v), 2.0 % v)
        assertEquals(T.add(2.0, m), 2.0 + m)
        assertEquals(T.sub(2.0, m), 2.0 - m)
        assertEquals(T.mul(2.0, m), 2.0 * m)
        assertEquals(T.div(2.0, m), 2.0 / m)
        assertEquals(T.rem(2.0, m), 2.0 % m)
        assertEquals(T.add(2.0, t), 2.0 + t)
        assertEquals(T.sub(2.0, t), 2.0 - t)
        assertEquals(T.mul(2.0, t), 2.0 * t)
        assertEquals(T.div(2.0, t), 2.0 / t)
        assertEquals(T.rem(2.0, t), 2.0 % t)
    }

    @Test
    fun eachHandleTypeKeepsItsTypeAndValues() {
        val scalar: Scalar = 1.0 + 2.0 * s
        val vector: Vector = 1.0 + 2.0 * v
        val matrix: Matrix = 1.0 + 2.0 * m
        val tensor: Tensor = 1.0 + 2.0 * t
        assertEquals(9.0, evaluate(scalar, sValue).getDouble())
        assertArrayEquals(doubleArrayOf(3.0, 5.0, 9.0), evaluate(vector, vValue).toDoubleArray())
        assertArrayEquals(doubleArrayOf(3.0, 5.0, 9.0, 17.0), evaluate(matrix, mValue).toDoubleArray())
        val tensorValue = evaluate(tensor, tValue)
        assertArrayEquals(intArrayOf(1, 2, 2), tensorValue.shape())
        assertArrayEquals(doubleArrayOf(3.0, 5.0, 9.0, 17.0), tensorValue.toDoubleArray())
        assertEquals(3, tensor.rank())
    }

    @Test
    fun theHandlesOwnMethodsServeAsOperatorsWithTheHandleOnTheLeft() {
        assertEquals(v.plus(1.0), v + 1.0)
        assertEquals(v.minus(1.0), v - 1.0)
        assertEquals(v.times(3.0), v * 3.0)
        assertEquals(v.div(3.0), v / 3.0)
        assertEquals(v.rem(3.0), v % 3.0)
        assertEquals(v.unaryMinus(), -v)
        val broadcast: Matrix = v + m
        assertEquals(v.plus(m), broadcast)
        assertArrayEquals(doubleArrayOf(-1.0, -2.0, -4.0), evaluate(-v, vValue).toDoubleArray())
    }

    @Test
    fun aDoubleOnTheLeftIsTypedWeaklyAsNumPyTypesAPythonFloat() {
        val float32 = T.vector("f", DType.FLOAT32)
        val int32 = T.vector("i", DType.INT32)
        assertEquals(DType.FLOAT32, evaluate(2.0 * float32, float32 to NDArray.of(floatArrayOf(1f))).dtype())
        assertEquals(DType.FLOAT64, evaluate(2.0 * int32, int32 to NDArray.of(intArrayOf(1))).dtype())
        val difference = evaluate(2.5 - int32, int32 to NDArray.of(intArrayOf(1, 0)))
        assertEquals(DType.FLOAT64, difference.dtype())
        assertArrayEquals(doubleArrayOf(1.5, 2.5), difference.toDoubleArray())
    }
}
