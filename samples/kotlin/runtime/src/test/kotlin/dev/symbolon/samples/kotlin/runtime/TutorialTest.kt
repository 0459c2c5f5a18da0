package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.runtime.NDArray
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** The tutorial's programs built in Kotlin give the values Theano's tutorial gives (samples/tutorial's TutorialTest). */
class TutorialTest {
    @Test
    fun scalarDifference() {
        assertEquals(20.0, difference().call(30.5, 10.5)[0].getDouble())
    }

    @Test
    fun logisticFunction() {
        val logistic = logistic()
        assertEquals(0.5, logistic.call(0.0)[0].getDouble())
        assertEquals(0.7310585786300049, logistic.call(1.0)[0].getDouble(), 1e-16)
        assertEquals(4.5397868702434395e-05, logistic.call(-10.0)[0].getDouble(), 1e-20)
    }

    @Test
    fun logisticWithItsDerivativeAsTwoOutputs() {
        val (value, slope) = logisticWithSlope().call(3.0)
        assertEquals(0.9525741268224334, value.getDouble(), 1e-16)
        assertEquals(0.045176659730912, slope.getDouble(), 1e-15)
    }

    @Test
    fun matrixAdd() {
        val x = arrayOf(doubleArrayOf(1.0, 2.0), doubleArrayOf(3.0, 4.0))
        val y = arrayOf(doubleArrayOf(5.0, 6.0), doubleArrayOf(7.0, 8.0))
        val sum = add().call(x, y)[0].toDoubleMatrix()
        assertArrayEquals(doubleArrayOf(6.0, 8.0), sum[0])
        assertArrayEquals(doubleArrayOf(10.0, 12.0), sum[1])
    }

    @Test
    fun vectorDot() {
        assertEquals(32.0, dotProduct().call(doubleArrayOf(1.0, 2.0, 3.0), doubleArrayOf(4.0, 5.0, 6.0))[0].getDouble())
    }

    @Test
    fun accumulatorReturnsTheStateBeforeEachUpdate() {
        val accumulator = Accumulator()
        assertEquals(0, accumulator.state.intValue())
        assertEquals(NDArray.scalar(0), accumulator.accumulate.call(1)[0])
        assertEquals(1, accumulator.state.intValue())
        assertEquals(NDArray.scalar(1), accumulator.accumulate.call(300)[0])
        assertEquals(301, accumulator.state.intValue())
    }
}
