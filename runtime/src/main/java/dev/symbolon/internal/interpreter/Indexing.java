package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.shape.Shapes;

/** Row-major index arithmetic on shapes, written per element for clarity rather than speed. */
final class Indexing {
    private Indexing() {}

    /** The coordinates of the element at {@code flat} in a row-major array of {@code shape}. */
    static int[] coordinates(int flat, int[] shape) {
        int[] coords = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            coords[d] = flat % shape[d];
            flat /= shape[d];
        }
        return coords;
    }

    /**
     * For each element of an array of shape {@code to}, the flat index of the element of an array of
     * shape {@code from} that NumPy broadcasting reads for it: dimensions align on the right, and a
     * dimension of size 1 (or a missing leading one) repeats its only element. The caller has
     * checked that every other dimension matches.
     */
    static int[] broadcastMap(int[] from, int[] to) {
        int[] map = new int[Shapes.size(to)];
        int[] strides = Shapes.strides(from);
        int offset = to.length - from.length;
        for (int i = 0; i < map.length; i++) {
            int[] coords = coordinates(i, to);
            int source = 0;
            for (int d = 0; d < from.length; d++) {
                if (from[d] != 1) {
                    source += coords[d + offset] * strides[d];
                }
            }
            map[i] = source;
        }
        return map;
    }
}
