package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.shape.ShapeChecks;
import java.util.Map;

/**
 * The result shape of an elementwise node from its operands' shapes, checked as generated code
 * checks a fused loop's members ({@code ElementwiseEmitter}): broadcasting is static, so only the
 * dimensions the types do not mark broadcastable are compared, with the same messages.
 */
final class ElementShapes {
    private ElementShapes() {}

    static int[] of(Node member, Map<Node, int[]> shapes) {
        if (FusionPlanner.isScalarBroadcast(member)) {
            return shapes.get(member.input(1));
        }
        int rank = member.rank();
        int[] dims = new int[rank];
        String op = member.op().functionName();
        String position = member.position().toString();
        for (int d = 0; d < rank; d++) {
            Integer first = null;
            for (Node input : member.inputs()) {
                int od = d - (rank - input.rank());
                if (input.rank() == 0 || od < 0 || input.type().isBroadcastable(od)) {
                    continue;
                }
                int size = shapes.get(input)[od];
                if (first == null) {
                    first = size;
                } else {
                    ShapeChecks.sameDimension(op, position, d, first, size);
                }
            }
            dims[d] = first == null ? 1 : first;
        }
        ShapeChecks.resultSize(op, position, dims);
        return dims;
    }
}
