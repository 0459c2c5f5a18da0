package dev.symbolon;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

class DtypeRulesTest {
    private static DType dtype(SymbolicValue x) {
        return x.node().type().dtype();
    }

    @Test
    void aLiteralTakesTheOtherOperandsFloatDtype() {
        Matrix m = Matrix.input("m", DType.FLOAT32);
        assertEquals(DType.FLOAT32, dtype(m.times(2.0)));
        assertEquals(DType.FLOAT32, dtype(sub(1.0, m)));
        assertEquals(DType.FLOAT32, dtype(where(m.gt(0.0), m, 0.0)));
    }

    @Test
    void aLiteralWithAnIntegerGivesFloat64() {
        Vector v = Vector.input("v", DType.INT32);
        assertEquals(DType.FLOAT64, dtype(v.plus(0.5)));
        assertEquals(DType.FLOAT64, dtype(mul(2.0, v)));
    }

    @Test
    void arithmeticPromotesAsNumPy() {
        Vector i = Vector.input("i", DType.INT32);
        Scalar f = Scalar.input("f", DType.FLOAT32);
        assertEquals(DType.FLOAT64, dtype(i.plus(f)));
        assertEquals(DType.INT32, dtype(i.plus(i)));
        assertEquals(DType.FLOAT64, dtype(i.div(i)));
        assertEquals(DType.FLOAT64, dtype(i.pow(i)));
        assertEquals(DType.FLOAT32, dtype(f.times(f)));
        assertEquals(DType.FLOAT64, dtype(add(Matrix.input("m", DType.FLOAT32), Vector.input("d"))));
    }

    @Test
    void comparisonsAreBoolWithTheBroadcastRank() {
        Matrix m = Matrix.input("m", DType.FLOAT32);
        Matrix c = m.gt(Vector.input("v", DType.INT64));
        assertEquals(DType.BOOL, dtype(c));
        assertEquals(DType.BOOL, dtype(le(0.5, Vector.input("v", DType.INT32))));
        assertEquals(DType.BOOL, dtype(ne(Scalar.input("s"), Tensor.input("t", DType.INT64, 3))));
    }

    @Test
    void mathOnIntegersGivesFloat64AndKeepsOtherwise() {
        Vector i = Vector.input("i", DType.INT32);
        assertEquals(DType.FLOAT64, dtype(i.exp()));
        assertEquals(DType.FLOAT64, dtype(sigmoid(i)));
        assertEquals(DType.INT32, dtype(i.neg()));
        assertEquals(DType.INT32, dtype(square(i)));
        assertEquals(DType.FLOAT32, dtype(Matrix.input("m", DType.FLOAT32).softmax()));
    }

    @Test
    void reductionDtypes() {
        Matrix i = Matrix.input("i", DType.INT32);
        assertEquals(DType.INT64, dtype(i.sum()));
        assertEquals(DType.INT64, dtype(sum(i, 0)));
        assertEquals(DType.FLOAT64, dtype(i.mean(1)));
        assertEquals(DType.INT32, dtype(max(i)));
        assertEquals(DType.INT64, dtype(argmax(Matrix.input("f", DType.FLOAT32), 1)));
        assertEquals(DType.FLOAT32, dtype(sum(Vector.input("f", DType.FLOAT32))));
    }

    @Test
    void castAndLosses() {
        Vector f = Vector.input("f");
        assertEquals(DType.INT32, dtype(cast(f, DType.INT32)));
        assertEquals(DType.FLOAT32, dtype(Matrix.input("m").cast(DType.FLOAT32)));
        Matrix p = Matrix.input("p", DType.FLOAT32);
        assertEquals(DType.FLOAT32, dtype(binaryCrossentropy(p, Matrix.input("t", DType.FLOAT32))));
        assertEquals(DType.FLOAT32, dtype(categoricalCrossentropy(p, Matrix.input("t", DType.FLOAT32))));
    }
}
