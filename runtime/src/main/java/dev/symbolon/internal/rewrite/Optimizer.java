package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The rewrite phases, in the order they run, between two merges of equal expressions.
 * Canonicalization folds constants, removes identities and puts negation in one form, so that
 * stabilization has fewer shapes of expression to look for; stabilization replaces formulas that
 * overflow, underflow or cancel with ones that do not; specialization picks cheaper forms of the
 * same computation, such as products that need no transposed copy.
 */
public final class Optimizer {
    private Optimizer() {}

    private static final Rewriter CANONICALIZE = new Rewriter("canonicalize", concat(
            List.of(ConstantFolding.RULE),
            NeutralElementRules.RULES,
            NegationRules.RULES,
            List.of(SelfSubtractionRule.RULE, LogExpRule.RULE)));

    private static final Rewriter STABILIZE = new Rewriter("stabilize", concat(
            List.of(SigmoidRule.RULE, SigmoidCrossentropyRule.RULE),
            LogSigmoidRules.RULES,
            SoftplusRules.RULES,
            Log1mExpRules.RULES,
            List.of(LogSumExpRule.RULE, LogAddExpRule.RULE, SoftmaxRule.RULE, LogSoftmaxRule.RULE, Log1pRule.RULE,
                    Expm1Rule.RULE, PickedLogSoftmaxRule.RULE)));

    private static final Rewriter SPECIALIZE = new Rewriter("specialize",
            concat(DotOfTransposeRules.RULES, NonPositiveLogisticRules.RULES));

    /** The phases that change what a graph computes in floating point, not how fast. */
    private static final List<Rewriter> STABILITY_PHASES = List.of(CANONICALIZE, STABILIZE);

    /** Every phase, in order: what compilation applies to values and gradients alike. */
    private static final List<Rewriter> ALL_PHASES = List.of(CANONICALIZE, STABILIZE, SPECIALIZE);

    /** {@code roots} rewritten by every phase; the result has one node per root, each of the same type. */
    public static List<Node> optimize(List<Node> roots) {
        return run(ALL_PHASES, roots);
    }

    /**
     * {@code roots} canonicalized and stabilized only. {@link dev.symbolon.internal.autodiff.Autodiff} differentiates
     * a cost rewritten this far, so that gradients are as stable as values.
     */
    public static List<Node> stabilize(List<Node> roots) {
        return run(STABILITY_PHASES, roots);
    }

    /** Merges equal expressions before the phases, so rules see each once, and after, to unite what rules rebuilt. */
    private static List<Node> run(List<Rewriter> phases, List<Node> roots) {
        List<Node> current = Merge.apply(roots);
        for (Rewriter phase : phases) {
            current = phase.rewrite(current);
        }
        return Merge.apply(current);
    }

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... lists) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
