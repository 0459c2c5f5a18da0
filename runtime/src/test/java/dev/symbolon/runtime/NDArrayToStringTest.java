package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@link NDArray#toString()} prints what NumPy's {@code str} prints for the same array. */
class NDArrayToStringTest {

    @Test
    void floatMatrixAlignsColumnsAndDropsTrailingZeros() {
        assertEquals("[[ 6.  8.]\n [10. 12.]]", NDArray.of(new double[][] {{6, 8}, {10, 12}}).toString());
    }

    @Test
    void fractionsArePaddedOnTheRight() {
        assertEquals("[1.5  2.25]", NDArray.of(new double[] {1.5, 2.25}).toString());
        assertEquals("[-1.5  2. ]", NDArray.of(new double[] {-1.5, 2}).toString());
    }

    @Test
    void floatsKeepAtMostEightDecimals() {
        assertEquals("[0.33333333 0.66666667]", NDArray.of(new double[] {1.0 / 3, 2.0 / 3}).toString());
    }

    @Test
    void wideRangesSwitchToScientificNotation() {
        assertEquals("[1.e-05 1.e+00]", NDArray.of(new double[] {1e-5, 1}).toString());
        assertEquals("[1.5000e-05 1.0000e+00 1.2325e+02]", NDArray.of(new double[] {1.5e-5, 1, 123.25}).toString());
        assertEquals("[1.e+08 1.e+00]", NDArray.of(new double[] {1e8, 1}).toString());
        assertEquals("[0.e+00 1.e-05]", NDArray.of(new double[] {0, 1e-5}).toString());
    }

    @Test
    void nonFiniteValuesPrintAsNanAndInf() {
        assertEquals("[ nan  1.5 -inf]",
                NDArray.of(new double[] {Double.NaN, 1.5, Double.NEGATIVE_INFINITY}).toString());
        assertEquals("[ nan -inf]", NDArray.of(new double[] {Double.NaN, Double.NEGATIVE_INFINITY}).toString());
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertEquals("[ 0. -0.]", NDArray.of(new double[] {0, -0.0}).toString());
    }

    @Test
    void float32UsesTheShortestFloatDigits() {
        assertEquals("[0.1 0.2]", NDArray.of(new float[] {0.1f, 0.2f}).toString());
        assertEquals("[1.2 3.4]", NDArray.of(new float[] {1.2f, 3.4f}).toString());
        assertEquals("[1.e-01 1.e-05]", NDArray.of(new float[] {0.1f, 1e-5f}).toString());
    }

    @Test
    void float32TurnsScientificFromOneMillion() {
        assertEquals("[999999.]", NDArray.of(new float[] {999999f}).toString());
        assertEquals("[1.234567e+06]", NDArray.of(new float[] {1234567f}).toString());
        assertEquals("1e+06", NDArray.scalar(1e6f).toString());
        assertEquals("1000000.0", NDArray.scalar(1e6).toString());
    }

    @Test
    void digitsAreTheShortestThatReadBack() {
        assertEquals("-1.7768718e+08", NDArray.scalar(-177687184f).toString());
        assertEquals("2.82879384806159e+17", NDArray.scalar(2.82879384806159E17).toString());
    }

    @Test
    void float32ComparesWithTheScientificThresholdsInFloat32() {
        assertEquals("[0.0001 0.05  ]", NDArray.of(new float[] {1e-4f, 0.05f}).toString());
        assertEquals("[0.0001]", NDArray.of(new float[] {1e-4f}).toString());
    }

    @Test
    void subnormalsTooGetTheShortestDigits() {
        assertEquals("5e-324", NDArray.scalar(Double.MIN_VALUE).toString());
        assertEquals("1e-45", NDArray.scalar(Float.MIN_VALUE).toString());
        assertEquals("[1.e-45 1.e+00]", NDArray.of(new float[] {Float.MIN_VALUE, 1}).toString());
        assertEquals("[    nan 5.e-324 3.e+038]", NDArray.of(new double[] {Double.NaN, Double.MIN_VALUE, 3e38}).toString());
    }

    @Test
    void integersAreRightAligned() {
        assertEquals("[ 1 -2 30]", NDArray.of(new int[] {1, -2, 30}).toString());
        assertEquals("[[1 2]\n [3 4]]", NDArray.of(new long[][] {{1, 2}, {3, 4}}).toString());
    }

    @Test
    void boolsPrintAsTrueAndFalse() {
        assertEquals("[ True False  True]", NDArray.of(new boolean[] {true, false, true}).toString());
    }

    @Test
    void scalarsPrintAsTheirValue() {
        assertEquals("6.0", NDArray.scalar(6.0).toString());
        assertEquals("0.1", NDArray.scalar(0.1).toString());
        assertEquals("0.000123456789", NDArray.scalar(0.000123456789).toString());
        assertEquals("1e-05", NDArray.scalar(1e-5).toString());
        assertEquals("1.5e+16", NDArray.scalar(1.5e16).toString());
        assertEquals("-0.0", NDArray.scalar(-0.0).toString());
        assertEquals("0.1", NDArray.scalar(0.1f).toString());
        assertEquals("7", NDArray.scalar(7).toString());
        assertEquals("7", NDArray.scalar(7L).toString());
        assertEquals("True", NDArray.scalar(true).toString());
        assertEquals("nan", NDArray.scalar(Double.NaN).toString());
    }

    @Test
    void threeAxesSeparateBlocksWithABlankLine() {
        NDArray cube = NDArray.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}).reshape(2, 2, 2);
        assertEquals("[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]", cube.toString());
    }

    @Test
    void emptyArraysPrintAsEmptyBrackets() {
        assertEquals("[]", NDArray.zeros(DType.FLOAT64, 2, 0).toString());
    }

    @Test
    void longRowsWrapAtSeventyFiveCharacters() {
        double[] values = IntStream.range(0, 30).asDoubleStream().toArray();
        assertEquals("[ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11. 12. 13. 14. 15. 16. 17.\n"
                + " 18. 19. 20. 21. 22. 23. 24. 25. 26. 27. 28. 29.]", NDArray.of(values).toString());
    }

    @Test
    void largeArraysShowThreeItemsAtEachEnd() {
        assertEquals("[   0    1    2 ... 1997 1998 1999]",
                NDArray.of(LongStream.range(0, 2000).toArray()).toString());
        NDArray matrix = NDArray.of(IntStream.range(0, 2000).asDoubleStream().toArray()).reshape(40, 50);
        assertEquals("[[0.000e+00 1.000e+00 2.000e+00 ... 4.700e+01 4.800e+01 4.900e+01]\n"
                + " [5.000e+01 5.100e+01 5.200e+01 ... 9.700e+01 9.800e+01 9.900e+01]\n"
                + " [1.000e+02 1.010e+02 1.020e+02 ... 1.470e+02 1.480e+02 1.490e+02]\n"
                + " ...\n"
                + " [1.850e+03 1.851e+03 1.852e+03 ... 1.897e+03 1.898e+03 1.899e+03]\n"
                + " [1.900e+03 1.901e+03 1.902e+03 ... 1.947e+03 1.948e+03 1.949e+03]\n"
                + " [1.950e+03 1.951e+03 1.952e+03 ... 1.997e+03 1.998e+03 1.999e+03]]", matrix.toString());
    }
}
