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

class ComparisonsTest {
    private val s = T.scalar("s")
    private val v = T.vector("v")
    private val m = T.matrix("m")
    private val t = T.tensor("t", 3)

    private val vValue = v to NDArray.of(doubleArrayOf(-1.0, 0.0, 1.0))

    private fun bools(value: dev.symbolon.SymbolicValue): BooleanArray =
        evaluate(value, vValue).toDoubleArray().map { it == 1.0 }.toBooleanArray()

    @Test
    fun eachComparisonWithADoubleGivesBoolsOfItsTruth() {
        assertArrayEquals(booleanArrayOf(false, false, true), bools(v gt 0.0))
        assertArrayEquals(booleanArrayOf(false, true, true), bools(v ge 0.0))
        assertArrayEquals(booleanArrayOf(true, false, false), bools(v lt 0.0))
        assertArrayEquals(booleanArrayOf(true, true, false), bools(v le 0.0))
        assertArrayEquals(booleanArrayOf(false, true, false), bools(v eq 0.0))
        assertArrayEquals(booleanArrayOf(true, false, true), bools(v ne 0.0))
        assertEquals(DType.BOOL, evaluate(v gt 0.0, vValue).dtype())
    }

    @Test
    fun aDoubleOnTheLeftIsTheLeftOperand() {
        assertArrayEquals(booleanArrayOf(true, false, false), bools(0.0 gt v))
        assertArrayEquals(booleanArrayOf(true, true, false), bools(0.0 ge v))
        assertArrayEquals(booleanArrayOf(false, false, true), bools(0.0 lt v))
        assertArrayEquals(booleanArrayOf(false, true, true), bools(0.0 le v))
        assertArrayEquals(booleanArrayOf(false, true, false), bools(0.0 eq v))
        assertArrayEquals(booleanArrayOf(true, false, true), bools(0.0 ne v))
    }

    @Test
    fun theResultHasTheBroadcastRankOfTheOperands() {
        val scalarScalar: Scalar = s gt s
        val scalarVector: Vector = s gt v
        val vectorMatrix: Matrix = v gt m
        val matrixVector: Matrix = m gt v
        val matrixTensor: Tensor = m gt t
        val tensorScalar: Tensor = t gt s
        assertEquals(T.gt(s, s), scalarScalar)
        assertEquals(T.gt(s, v), scalarVector)
        assertEquals(T.gt(v, m), vectorMatrix)
        assertEquals(T.gt(m, v), matrixVector)
        assertEquals(T.gt(m, t), matrixTensor)
        assertEquals(T.gt(t, s), tensorScalar)
        assertEquals(3, matrixTensor.rank())
        val rows = evaluate(v lt m, vValue, m to NDArray.of(arrayOf(doubleArrayOf(0.0, 0.0, 0.0))))
        assertArrayEquals(intArrayOf(1, 3), rows.shape())
        assertArrayEquals(doubleArrayOf(1.0, 0.0, 0.0), rows.toDoubleArray())
    }

    @Test
    fun everyComparisonBuildsTheGraphOfT() {
        assertEquals(T.gt(v, m), v gt m)
        assertEquals(T.ge(v, m), v ge m)
        assertEquals(T.lt(v, m), v lt m)
        assertEquals(T.le(v, m), v le m)
        assertEquals(T.eq(v, m), v eq m)
        assertEquals(T.ne(v, m), v ne m)
        assertEquals(T.ge(t, 1.0), t ge 1.0)
        assertEquals(T.le(1.0, s), 1.0 le s)
    }
}
