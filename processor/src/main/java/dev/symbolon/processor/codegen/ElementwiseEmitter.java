package dev.symbolon.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.symbolon.graph.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop of one elementwise op with a non-scalar result. Broadcasting is static: an operand
 * dimension that is missing or that its type marks broadcastable is read at index 0, every other
 * must have the result's size, which is checked first. Operands of the result's exact shape share
 * one flat index; others get nested loops with row-major index arithmetic.
 */
final class ElementwiseEmitter {
    private final Names names;
    private final CodeBlock.Builder code;

    ElementwiseEmitter(Names names, CodeBlock.Builder code) {
        this.names = names;
        this.code = code;
    }

    void emit(Node node, List<Local> operands, Local out, String opName, String position) {
        int rank = node.rank();
        List<Integer> arrays = new ArrayList<>();
        boolean flat = true;
        for (int k = 0; k < operands.size(); k++) {
            Node input = node.input(k);
            if (!operands.get(k).isScalar()) {
                arrays.add(k);
                flat &= input.rank() == rank && noneBroadcastable(input);
            }
        }
        String[] dims = new String[rank];
        for (int d = 0; d < rank; d++) {
            String first = null;
            for (int k : arrays) {
                Node input = node.input(k);
                int od = d - (rank - input.rank());
                if (od < 0 || input.type().isBroadcastable(od)) {
                    continue;
                }
                String size = operands.get(k).shape() + "[" + od + "]";
                if (first == null) {
                    first = size;
                } else {
                    code.addStatement("$T.sameDimension($S, $S, $L, $L, $L)", JavaTypes.SHAPE_CHECKS, opName, position,
                            d, first, size);
                }
            }
            dims[d] = first == null ? "1" : first;
        }
        if (flat) {
            code.addStatement("int[] $L = $L", out.shape(), operands.get(arrays.get(0)).shape());
        } else {
            code.addStatement("int[] $L = {$L}", out.shape(), String.join(", ", dims));
        }
        code.addStatement("$T $L = new $T[$T.size($L)]", JavaTypes.array(node.type().dtype(), 1), out.data(),
                JavaTypes.primitive(node.type().dtype()), JavaTypes.SHAPES, out.shape());
        if (flat) {
            String i = names.loopIndex(-1);
            List<String> elements = new ArrayList<>();
            for (Local operand : operands) {
                elements.add(operand.isScalar() ? operand.data() : operand.data() + "[" + i + "]");
            }
            code.beginControlFlow("for (int $L = 0; $L < $L.length; $L++)", i, i, out.data(), i);
            code.addStatement("$L[$L] = $L", out.data(), i, ScalarExpressions.of(node, elements));
            code.endControlFlow();
            return;
        }
        for (int d = 0; d < rank; d++) {
            String i = names.loopIndex(d);
            code.beginControlFlow("for (int $L = 0; $L < $L[$L]; $L++)", i, i, out.shape(), d, i);
        }
        List<String> elements = new ArrayList<>();
        for (int k = 0; k < operands.size(); k++) {
            Local operand = operands.get(k);
            elements.add(operand.isScalar() ? operand.data()
                    : operand.data() + "[" + index(node.input(k), rank, operand.shape()) + "]");
        }
        code.addStatement("$L[$L] = $L", out.data(), index(node, rank, out.shape()), ScalarExpressions.of(node, elements));
        for (int d = 0; d < rank; d++) {
            code.endControlFlow();
        }
    }

    /**
     * The row-major flat index into {@code operand} at the loop indices of a rank-{@code rank} result,
     * in Horner form ({@code (i0 * s[1] + i1) * s[2] + i2}), with broadcast dimensions contributing 0.
     */
    private String index(Node operand, int rank, String shape) {
        int offset = rank - operand.rank();
        String acc = null;
        for (int j = 0; j < operand.rank(); j++) {
            String term = operand.type().isBroadcastable(j) ? null : names.loopIndex(j + offset);
            if (acc == null) {
                acc = term;
            } else {
                String scaled = (acc.contains(" + ") ? "(" + acc + ")" : acc) + " * " + shape + "[" + j + "]";
                acc = term == null ? scaled : scaled + " + " + term;
            }
        }
        return acc == null ? "0" : acc;
    }

    private static boolean noneBroadcastable(Node node) {
        for (boolean b : node.type().broadcastable()) {
            if (b) {
                return false;
            }
        }
        return true;
    }
}
