package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Elementwise ops with broadcasting. Float dtypes compute in double and integers in long; the result
 * is stored in the node's dtype (see {@link Values}). The graph guarantees that operands already
 * share the dtype the op computes in, so no promotion happens here.
 */
final class Elementwise {
    private Elementwise() {}

    /** A comparison of two doubles. */
    interface DoubleComparison {
        boolean test(double a, double b);
    }

    /** A comparison of two longs. */
    interface LongComparison {
        boolean test(long a, long b);
    }

    /** A unary op on numbers of any dtype: {@code onFloats} for float dtypes, {@code onIntegers} otherwise. */
    static NDArray unary(Node node, List<NDArray> in, DoubleUnaryOperator onFloats, LongUnaryOperator onIntegers) {
        if (node.type().dtype().isFloat()) {
            return unaryFloat(node, in, onFloats);
        }
        NDArray x = in.get(0);
        long[] v = Values.longs(x);
        for (int i = 0; i < v.length; i++) {
            v[i] = onIntegers.applyAsLong(v[i]);
        }
        return Values.ofLongs(node.type().dtype(), x.shape(), v);
    }

    /** A unary op with a float result, whose operand the graph has cast to that float dtype. */
    static NDArray unaryFloat(Node node, List<NDArray> in, DoubleUnaryOperator f) {
        NDArray x = in.get(0);
        double[] v = Values.doubles(x);
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i]);
        }
        return Values.ofDoubles(node.type().dtype(), x.shape(), v);
    }

    /** Converts to the node's dtype as a Java cast does; bool becomes 0 or 1, and anything becomes bool as {@code != 0}. */
    static NDArray cast(Node node, List<NDArray> in) {
        NDArray x = in.get(0);
        return x.dtype().isFloat()
                ? Values.ofDoubles(node.type().dtype(), x.shape(), Values.doubles(x))
                : Values.ofLongs(node.type().dtype(), x.shape(), Values.longs(x));
    }

    /** A binary op on numbers of any dtype. */
    static NDArray binary(Node node, List<NDArray> in, DoubleBinaryOperator onFloats, LongBinaryOperator onIntegers) {
        return node.type().dtype().isFloat() ? binaryFloat(node, in, onFloats) : binaryInteger(node, in, onIntegers);
    }

    /** A binary op on integer operands of the node's dtype, computed in long and stored back as that dtype. */
    static NDArray binaryInteger(Node node, List<NDArray> in, LongBinaryOperator f) {
        int[] shape = resultShape(node, in);
        long[] a = Values.longs(in.get(0), Indexing.broadcastMap(in.get(0).shape(), shape));
        long[] b = Values.longs(in.get(1), Indexing.broadcastMap(in.get(1).shape(), shape));
        long[] out = new long[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsLong(a[i], b[i]);
        }
        return Values.ofLongs(node.type().dtype(), shape, out);
    }

    /** A binary op with a float result, whose operands the graph has cast to that float dtype. */
    static NDArray binaryFloat(Node node, List<NDArray> in, DoubleBinaryOperator f) {
        int[] shape = resultShape(node, in);
        double[] a = Values.doubles(in.get(0), Indexing.broadcastMap(in.get(0).shape(), shape));
        double[] b = Values.doubles(in.get(1), Indexing.broadcastMap(in.get(1).shape(), shape));
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(a[i], b[i]);
        }
        return Values.ofDoubles(node.type().dtype(), shape, out);
    }

    /** A comparison with a bool result; operands compare as doubles if float, else as longs (bool as 0 and 1). */
    static NDArray compare(Node node, List<NDArray> in, DoubleComparison onFloats, LongComparison onIntegers) {
        int[] shape = resultShape(node, in);
        boolean[] out = new boolean[Shapes.size(shape)];
        if (node.input(0).type().dtype().isFloat()) {
            double[] a = Values.doubles(in.get(0), Indexing.broadcastMap(in.get(0).shape(), shape));
            double[] b = Values.doubles(in.get(1), Indexing.broadcastMap(in.get(1).shape(), shape));
            for (int i = 0; i < out.length; i++) {
                out[i] = onFloats.test(a[i], b[i]);
            }
        } else {
            long[] a = Values.longs(in.get(0), Indexing.broadcastMap(in.get(0).shape(), shape));
            long[] b = Values.longs(in.get(1), Indexing.broadcastMap(in.get(1).shape(), shape));
            for (int i = 0; i < out.length; i++) {
                out[i] = onIntegers.test(a[i], b[i]);
            }
        }
        return NDArray.wrap(out, shape);
    }

    /** {@code where(condition, ifTrue, ifFalse)}: the condition is bool, both branches have the node's dtype. */
    static NDArray where(Node node, List<NDArray> in) {
        int[] shape = resultShape(node, in);
        long[] condition = Values.longs(in.get(0), Indexing.broadcastMap(in.get(0).shape(), shape));
        int[] ifTrue = Indexing.broadcastMap(in.get(1).shape(), shape);
        int[] ifFalse = Indexing.broadcastMap(in.get(2).shape(), shape);
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] t = Values.doubles(in.get(1), ifTrue);
            double[] f = Values.doubles(in.get(2), ifFalse);
            for (int i = 0; i < t.length; i++) {
                t[i] = condition[i] != 0 ? t[i] : f[i];
            }
            return Values.ofDoubles(dtype, shape, t);
        }
        long[] t = Values.longs(in.get(1), ifTrue);
        long[] f = Values.longs(in.get(2), ifFalse);
        for (int i = 0; i < t.length; i++) {
            t[i] = condition[i] != 0 ? t[i] : f[i];
        }
        return Values.ofLongs(dtype, shape, t);
    }

    /**
     * The run-time shape of an elementwise result. As in Theano, broadcasting is decided by the
     * operands' types: a dimension an operand's type marks broadcastable (size 1) or lacks repeats,
     * and all other operands' sizes in that dimension must be equal, even where one of them is 1.
     */
    static int[] resultShape(Node node, List<NDArray> in) {
        int rank = node.rank();
        int[] shape = new int[rank];
        for (int d = 0; d < rank; d++) {
            int size = -1;
            for (int k = 0; k < in.size(); k++) {
                Type type = node.input(k).type();
                int own = d - (rank - type.rank());
                if (own < 0 || type.isBroadcastable(own)) {
                    continue;
                }
                int s = in.get(k).shape()[own];
                if (size == -1) {
                    size = s;
                } else if (s != size) {
                    throw ShapeErrors.error(node, "shapes " + ShapeErrors.shapes(in) + " do not broadcast: sizes "
                            + size + " and " + s + " in dimension " + d + " of the result");
                }
            }
            shape[d] = size == -1 ? 1 : size;
        }
        ShapeErrors.resultSize(node, shape);
        return shape;
    }
}
