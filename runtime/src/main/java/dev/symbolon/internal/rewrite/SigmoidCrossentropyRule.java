package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * A sum or mean of {@code binaryCrossentropy(sigmoid z, t)} as the sum or mean of
 * {@code softplus(z) - t*z}. The log rules have made each term {@code t*softplus(-z) + (1-t)*softplus(z)}
 * (written with negations); the two are equal for every t, since {@code softplus(-z) = softplus(z) - z}.
 * The new form needs one softplus per element instead of two, and its gradient with respect to z is
 * {@code sigmoid(z) - t} (one sigmoid) instead of {@code (1-t)*sigmoid(z) - t*sigmoid(-z)} (two): this is
 * the form the hand-written logistic regression uses, and the one a training step's cost takes.
 *
 * <p>Precision. The difference cancels where the term is small: at t = 1 and z far above 0 the term
 * is {@code softplus(-z)}, about e^-z, and {@code softplus(z) - z} gives it with an absolute error of
 * up to half an ulp of z (0 at z = 40, where the term is 4e-18). The error is absolute, at most about
 * 1e-16 |z| per term, never inf or NaN; in a sum with any term of order 1 (a row that is not
 * classified with certainty contributes log 2 or more) it is below the sum's own rounding. So the rule
 * fires only under a sum or mean, where that holds for a cost; a crossentropy read element by element
 * keeps the two softplus, which give each term to a few ulps. The gradient {@code sigmoid(z) - t}
 * likewise has an absolute error of about 1e-16 where its exact value is tiny (for t = 1, z ≫ 0), and
 * it too only enters sums (the product with the inputs, the bias's sum). At t = 0 and t = 1 with the
 * other sign of z, nothing cancels.
 */
final class SigmoidCrossentropyRule {
    private SigmoidCrossentropyRule() {}

    static final Rule RULE = new Rule("sum(bce(sigmoid z, t))", SigmoidCrossentropyRule::rewrite);

    private static Node rewrite(Node n) {
        if (n.op() != Op.SUM && n.op() != Op.MEAN || n.input(0).op() != Op.NEG) {
            return null;
        }
        Node terms = n.input(0).input(0);
        if (terms.op() != Op.ADD) {
            return null;
        }
        Node logits = logitsAndTargets(terms.input(0), terms.input(1));
        if (logits == null) {
            logits = logitsAndTargets(terms.input(1), terms.input(0));
        }
        // the terms' type, so that the reduction's stays what it was
        return logits == null || !logits.type().equals(terms.type()) ? null
                : GraphOps.reduce(n.op(), logits, n.keepDims(), n.axes());
    }

    /**
     * {@code softplus(z) - t*z} when {@code positive} is {@code t * -softplus(-z)} and {@code negative}
     * is {@code (1-t) * -softplus(z)}, each product in either order; else null.
     */
    private static Node logitsAndTargets(Node positive, Node negative) {
        if (positive.op() != Op.MUL || negative.op() != Op.MUL || !positive.type().dtype().isFloat()) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Node t = positive.input(i);
            Node minusZ = negatedSoftplusOperand(positive.input(1 - i));
            Node z = minusZ == null ? null : Patterns.negatedOperand(minusZ);
            if (z == null) {
                continue;
            }
            for (int j = 0; j < 2; j++) {
                Node oneMinusT = negative.input(j);
                if (oneMinusT.op() == Op.SUB && oneMinusT.input(0).isConstant(1) && oneMinusT.input(1) == t
                        && negatedSoftplusOperand(negative.input(1 - j)) == z) {
                    return GraphOps.sub(GraphOps.unary(Op.SOFTPLUS, z), GraphOps.mul(t, z));
                }
            }
        }
        return null;
    }

    /** x when {@code node} is {@code -softplus(x)}, else null. */
    private static Node negatedSoftplusOperand(Node node) {
        Node softplus = Patterns.negatedOperand(node);
        return softplus == null ? null : Patterns.inputOf(Op.SOFTPLUS, softplus);
    }
}
