package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.Shapes;

/** Row-major index arithmetic that reductions, transposes and broadcasts share. */
final class Strides {
    private Strides() {}

    /**
     * For each element of an array of {@code shape}, in row-major order, the flat index
     * {@code sum(coordinate[d] * strides[d])}: with another array's strides this gathers a transpose, with
     * zero strides it broadcasts or reduces.
     */
    static int[] walk(int[] shape, int[] strides) {
        int rank = shape.length;
        int n = Shapes.size(shape);
        int[] index = new int[n];
        int[] counter = new int[rank];
        int at = 0;
        for (int i = 0; i < n; i++) {
            index[i] = at;
            for (int d = rank - 1; d >= 0; d--) {
                counter[d]++;
                at += strides[d];
                if (counter[d] < shape[d]) {
                    break;
                }
                at -= strides[d] * shape[d];
                counter[d] = 0;
            }
        }
        return index;
    }
}
