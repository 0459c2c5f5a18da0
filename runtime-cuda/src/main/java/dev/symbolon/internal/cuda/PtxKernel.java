package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * One emitted kernel: its entry name, the PTX module text, and what its parameters bind to. The
 * parameters are, in order, the element count ({@code .u64}), one global pointer per node of
 * {@code inputs} (a rank-0 input is read at element 0 by every thread, the others at the thread's
 * element), then one global pointer per node of {@code outputs}, each written at every element.
 */
public record PtxKernel(String name, String text, List<Node> inputs, List<Node> outputs) {
    public PtxKernel {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
