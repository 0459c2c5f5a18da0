package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * The checks a {@link Rewriter} makes so that a wrong rule fails where it fires, with its name,
 * rather than as a shape error far away in generated code: a replacement has exactly the type of
 * the node it replaces (dtype, rank and broadcastable dimensions), and so does each root after a pass.
 */
final class Verifier {
    private Verifier() {}

    static void checkReplacement(String phase, Rule rule, Node before, Node after) {
        if (!after.type().equals(before.type())) {
            throw new IllegalStateException("rewrite rule '" + rule.name() + "' in phase " + phase
                    + " changed the type of " + before.describe() + " from " + before.type() + " to " + after.type()
                    + "\n  before: " + Expressions.format(before)
                    + "\n  after:  " + Expressions.format(after));
        }
    }

    static void checkPass(String phase, int pass, List<Node> before, List<Node> after) {
        for (int i = 0; i < before.size(); i++) {
            if (!after.get(i).type().equals(before.get(i).type())) {
                throw new IllegalStateException("rewrite phase " + phase + ", pass " + pass + " changed the type of output "
                        + i + ", " + before.get(i).describe() + ", to " + after.get(i).type()
                        + "\n  before: " + Expressions.format(before.get(i))
                        + "\n  after:  " + Expressions.format(after.get(i)));
            }
        }
    }
}
