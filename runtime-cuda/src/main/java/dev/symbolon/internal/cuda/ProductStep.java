package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import java.util.List;
import java.util.Map;

/**
 * A {@code dot} as {@link MatrixProductEmitter}'s launch: row dots, column dots or tiles, a 2-d
 * transpose operand read in place from its input's buffer. Sizes are those of the logical product
 * m×k · k×n; an empty result launches nothing, and k = 0 gives zeros.
 */
final class ProductStep extends LaunchStep {
    private final Node dot;
    private final KernelLaunch launch;

    ProductStep(Node dot, KernelLaunch launch) {
        super(List.of(dot), List.of(launch));
        this.dot = dot;
        this.launch = launch;
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        int[] a = operand(dot.input(0), shapes);
        int[] b = operand(dot.input(1), shapes);
        int k = a[a.length - 1];
        if (k != b[0]) {
            throw ShapeChecks.error(dot.op().functionName(), dot.position().toString(),
                    "inner dimensions differ: " + k + " and " + b[0]);
        }
        int[] result = a.length == 2 && b.length == 2 ? new int[] {a[0], b[1]}
                : a.length == 2 ? new int[] {a[0]}
                : b.length == 2 ? new int[] {b[1]}
                : new int[0];
        ShapeChecks.resultSize(dot.op().functionName(), dot.position().toString(), result);
        shapes.put(dot, result);
    }

    /** The logical shape of an operand, whose buffer may be its transpose's input. */
    private static int[] operand(Node operand, Map<Node, int[]> shapes) {
        int[] stored = shapes.get(MatrixProductEmitter.stored(operand));
        return MatrixProductEmitter.transposed(operand) ? new int[] {stored[1], stored[0]} : stored;
    }

    @Override
    Map<String, Long> sizes(Map<Node, int[]> shapes) {
        long size = Shapes.size(shapes.get(dot));
        if (size == 0) {
            return null;
        }
        int[] a = operand(dot.input(0), shapes);
        long k = a[a.length - 1];
        return switch (launch.grid()) {
            case PER_ROW -> Map.of("rows", size, "k", k);
            case STRIDED -> Map.of("n", size, "k", k);
            case TILES -> Map.of("m", (long) a[0], "n", size / a[0], "k", k);
            case ONE_BLOCK -> throw new IllegalStateException(launch.entry() + " is no product kernel's launch");
        };
    }
}
