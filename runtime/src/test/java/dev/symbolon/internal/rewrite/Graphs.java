package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.Map;

/** Building, rewriting and evaluating small graphs in the tests of the rewrite rules. */
final class Graphs {
    private Graphs() {}

    static Node scalar(String name) {
        return GraphOps.input(name, Type.scalar(DType.FLOAT64));
    }

    static Node vector(String name) {
        return GraphOps.input(name, Type.of(DType.FLOAT64, 1));
    }

    static Node matrix(String name) {
        return GraphOps.input(name, Type.of(DType.FLOAT64, 2));
    }

    /** A float literal as the front end makes it for an operation with {@code other}. */
    static Node literal(double value, Node other) {
        return GraphOps.literalFor(value, true, other);
    }

    static Node exp(Node x) {
        return GraphOps.unary(Op.EXP, x);
    }

    static Node log(Node x) {
        return GraphOps.unary(Op.LOG, x);
    }

    /** {@code 1.0 / (1.0 + Math.exp(-x))}, as a user writes it. */
    static Node logistic(Node x) {
        Node e = exp(GraphOps.neg(x));
        return GraphOps.div(literal(1, e), GraphOps.add(literal(1, e), e));
    }

    static Node optimized(Node node) {
        return Optimizer.optimize(List.of(node)).get(0);
    }

    static String show(Node node) {
        return Expressions.format(node);
    }

    /** The value of a scalar graph with one scalar input. */
    static double at(Node node, String name, double value) {
        return Interpreter.evaluate(node, Map.of(name, NDArray.scalar(value))).getDouble();
    }

    static double[] values(Node node, Map<String, NDArray> inputs) {
        return Interpreter.evaluate(node, inputs).toDoubleArray();
    }
}
