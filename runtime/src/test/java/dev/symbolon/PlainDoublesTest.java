package dev.symbolon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** On plain doubles, T's functions compute values, so that primitive scalars type-check in user code. */
class PlainDoublesTest {
    @Test
    void unaryFunctions() {
        assertEquals(0.5, T.sigmoid(0));
        assertEquals(Math.log(2), T.softplus(0), 1e-15);
        assertEquals(1000.0, T.softplus(1000));
        assertEquals(0.0, T.softplus(-1000));
        assertEquals(9.0, T.square(-3));
        assertEquals(-2.0, T.neg(2));
    }

    @Test
    void binaryFunctions() {
        assertEquals(-1.0, T.rem(-7, 3));
        assertEquals(8.0, T.pow(2, 3));
        assertEquals(3.0, T.maximum(2, 3));
        assertEquals(0.5, T.div(1, 2));
    }
}
