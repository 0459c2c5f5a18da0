package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SubgraphOps;
import dev.symbolon.runtime.NDArray;
import java.util.List;

/** A jacobian's value: its body evaluated once per element of y, with that element's unit vector as the seed. */
final class Jacobians {
    private Jacobians() {}

    /**
     * The rows stacked into a matrix. A y with no elements still evaluates the body once, with the
     * empty seed, for the length of a row: the result is 0 by that length, as NumPy would stack it.
     */
    static NDArray rows(Node node, List<NDArray> in) {
        int n = in.get(0).shape()[0];
        double[] seed = new double[n];
        double[] matrix = null;
        int length = 0;
        for (int i = 0; i == 0 || i < n; i++) {
            if (n > 0) {
                seed[i] = 1;
            }
            NDArray seedValue = Values.ofDoubles(in.get(0).dtype(), new int[] {n}, seed.clone());
            double[] row = Values.doubles(Interpreter.evaluate(List.of(node.body()),
                    leaf -> {
                        int input = SubgraphOps.inputOf(leaf);
                        return input == 0 ? seedValue : in.get(input);
                    }).get(0));
            if (matrix == null) {
                length = row.length;
                matrix = new double[ShapeErrors.resultSize(node, new int[] {n, length})];
            }
            if (n > 0) {
                System.arraycopy(row, 0, matrix, i * length, length);
                seed[i] = 0;
            }
        }
        return Values.ofDoubles(node.type().dtype(), new int[] {n, length}, matrix);
    }
}
