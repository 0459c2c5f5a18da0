package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;

/**
 * Reductions over {@link Node#axes()}. The elements that reduce to one result element form a group;
 * groups are visited in row-major order of the result and elements in row-major order of the input.
 * Sums accumulate in double (floats) or long (integers: the graph has already cast them to int64).
 */
final class Reductions {
    private Reductions() {}

    /**
     * Where each input element goes: {@code groupOf[i]} is the result element that input element i
     * reduces into and {@code positionIn[i]} its row-major position among the reduced axes.
     */
    private record Groups(int[] resultShape, int[] groupOf, int[] positionIn, int groupCount, int groupSize) {
        static Groups of(Node node, int[] inputShape) {
            int[] axes = node.axes();
            int rank = inputShape.length;
            int[] kept = new int[rank - axes.length];
            int[] reduced = new int[axes.length];
            int[] resultShape = new int[node.keepDims() ? rank : kept.length];
            for (int d = 0, k = 0, r = 0, o = 0; d < rank; d++) {
                boolean isReduced = Arrays.binarySearch(axes, d) >= 0;
                if (isReduced) {
                    reduced[r++] = inputShape[d];
                } else {
                    kept[k++] = inputShape[d];
                }
                if (node.keepDims() || !isReduced) {
                    resultShape[o++] = isReduced ? 1 : inputShape[d];
                }
            }
            int size = Shapes.size(inputShape);
            int[] groupOf = new int[size];
            int[] positionIn = new int[size];
            int[] keptStrides = Shapes.strides(kept);
            int[] reducedStrides = Shapes.strides(reduced);
            for (int i = 0; i < size; i++) {
                int[] coords = Indexing.coordinates(i, inputShape);
                for (int d = 0, k = 0, r = 0; d < rank; d++) {
                    if (Arrays.binarySearch(axes, d) >= 0) {
                        positionIn[i] += coords[d] * reducedStrides[r++];
                    } else {
                        groupOf[i] += coords[d] * keptStrides[k++];
                    }
                }
            }
            return new Groups(resultShape, groupOf, positionIn, Shapes.size(kept), Shapes.size(reduced));
        }
    }

    static NDArray sum(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            return Values.ofDoubles(dtype, g.resultShape(), floatSums(g, Values.doubles(x)));
        }
        long[] v = Values.longs(x);
        long[] sums = new long[g.groupCount()];
        for (int i = 0; i < v.length; i++) {
            sums[g.groupOf()[i]] += v[i];
        }
        return Values.ofLongs(dtype, g.resultShape(), sums);
    }

    /** The float mean; a group of no elements gives NaN (0/0), as NumPy does. */
    static NDArray mean(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        double[] sums = floatSums(g, Values.doubles(x));
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= g.groupSize();
        }
        return Values.ofDoubles(node.type().dtype(), g.resultShape(), sums);
    }

    private static double[] floatSums(Groups g, double[] v) {
        double[] sums = new double[g.groupCount()];
        for (int i = 0; i < v.length; i++) {
            sums[g.groupOf()[i]] += v[i];
        }
        return sums;
    }

    /** MAX or MIN, with {@link Math#max}'s semantics for floats: NaN wins, and 0.0 is above -0.0. */
    static NDArray extreme(Node node, NDArray x, boolean isMax) {
        Groups g = Groups.of(node, x.shape());
        requireElements(node, x, g);
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] v = Values.doubles(x);
            double[] best = new double[g.groupCount()];
            for (int i = 0; i < v.length; i++) {
                int k = g.groupOf()[i];
                best[k] = g.positionIn()[i] == 0 ? v[i] : isMax ? Math.max(best[k], v[i]) : Math.min(best[k], v[i]);
            }
            return Values.ofDoubles(dtype, g.resultShape(), best);
        }
        long[] v = Values.longs(x);
        long[] best = new long[g.groupCount()];
        for (int i = 0; i < v.length; i++) {
            int k = g.groupOf()[i];
            best[k] = g.positionIn()[i] == 0 ? v[i] : isMax ? Math.max(best[k], v[i]) : Math.min(best[k], v[i]);
        }
        return Values.ofLongs(dtype, g.resultShape(), best);
    }

    /** SUPREMUM: the float maximum as {@link #extreme} gives it, and -inf for a group of no elements. */
    static NDArray supremum(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        double[] v = Values.doubles(x);
        double[] best = new double[g.groupCount()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < v.length; i++) {
            int k = g.groupOf()[i];
            best[k] = Math.max(best[k], v[i]);
        }
        return Values.ofDoubles(node.type().dtype(), g.resultShape(), best);
    }

    /**
     * The position of the first maximum in each group, as int64: along the one reduced axis, or in the
     * flattened array when all axes are reduced. A NaN counts as the maximum, as in NumPy and as
     * {@link Math#max} would have it.
     */
    static NDArray argmax(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        requireElements(node, x, g);
        long[] index = new long[g.groupCount()];
        if (x.dtype().isFloat()) {
            double[] v = Values.doubles(x);
            double[] best = new double[g.groupCount()];
            for (int i = 0; i < v.length; i++) {
                int k = g.groupOf()[i];
                boolean better = v[i] > best[k] || Double.isNaN(v[i]) && !Double.isNaN(best[k]);
                if (g.positionIn()[i] == 0 || better) {
                    best[k] = v[i];
                    index[k] = g.positionIn()[i];
                }
            }
        } else {
            // longs compared as longs: int64 values beyond 2^53 are not exact as doubles
            long[] v = Values.longs(x);
            long[] best = new long[g.groupCount()];
            for (int i = 0; i < v.length; i++) {
                int k = g.groupOf()[i];
                if (g.positionIn()[i] == 0 || v[i] > best[k]) {
                    best[k] = v[i];
                    index[k] = g.positionIn()[i];
                }
            }
        }
        return NDArray.wrap(index, g.resultShape());
    }

    /** The product of each group, 1 for a group of no elements; integers in long, wrapping as Java's do. */
    static NDArray prod(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] v = Values.doubles(x);
            double[] products = new double[g.groupCount()];
            Arrays.fill(products, 1);
            for (int i = 0; i < v.length; i++) {
                products[g.groupOf()[i]] *= v[i];
            }
            return Values.ofDoubles(dtype, g.resultShape(), products);
        }
        long[] v = Values.longs(x);
        long[] products = new long[g.groupCount()];
        Arrays.fill(products, 1);
        for (int i = 0; i < v.length; i++) {
            products[g.groupOf()[i]] *= v[i];
        }
        return Values.ofLongs(dtype, g.resultShape(), products);
    }

    /** The position of the first minimum in each group, as {@link #argmax} finds the maximum; NaN counts as the minimum. */
    static NDArray argmin(Node node, NDArray x) {
        Groups g = Groups.of(node, x.shape());
        requireElements(node, x, g);
        long[] index = new long[g.groupCount()];
        if (x.dtype().isFloat()) {
            double[] v = Values.doubles(x);
            double[] best = new double[g.groupCount()];
            for (int i = 0; i < v.length; i++) {
                int k = g.groupOf()[i];
                boolean better = !Double.isNaN(best[k]) && (v[i] < best[k] || Double.isNaN(v[i]));
                if (g.positionIn()[i] == 0 || better) {
                    best[k] = v[i];
                    index[k] = g.positionIn()[i];
                }
            }
        } else {
            long[] v = Values.longs(x);
            long[] best = new long[g.groupCount()];
            for (int i = 0; i < v.length; i++) {
                int k = g.groupOf()[i];
                if (g.positionIn()[i] == 0 || v[i] < best[k]) {
                    best[k] = v[i];
                    index[k] = g.positionIn()[i];
                }
            }
        }
        return NDArray.wrap(index, g.resultShape());
    }

    private static void requireElements(Node node, NDArray x, Groups g) {
        if (g.groupSize() == 0) {
            throw ShapeErrors.error(node, "reduces an empty set of elements of shape " + ShapeErrors.shape(x)
                    + " over axes " + Arrays.toString(node.axes()) + "; it has no identity");
        }
    }
}
