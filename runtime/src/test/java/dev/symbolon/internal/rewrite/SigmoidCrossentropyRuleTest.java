package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static dev.symbolon.internal.rewrite.Graphs.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sum or mean of the binary crossentropy of a sigmoid needs one softplus per element, and its gradient one sigmoid. */
class SigmoidCrossentropyRuleTest {
    private static Node meanCrossentropy(Node z, Node t) {
        return GraphOps.reduce(Op.MEAN, GraphOps.binaryCrossentropy(GraphOps.unary(Op.SIGMOID, z), t), false);
    }

    private static Map<String, NDArray> inputs(double[] z, double[] t) {
        return Map.of("z", NDArray.of(z), "t", NDArray.of(t));
    }

    @Test
    void meanCrossentropyOfSigmoidIsMeanOfSoftplusMinusTargetTimesLogit() {
        Node before = meanCrossentropy(vector("z"), vector("t"));
        Node after = optimized(before);
        assertEquals("mean[0](sub(softplus(z), mul(t, z)))", show(after));
        double[] z = {800, -800, 0, 2.5, -1.25, 3};
        double[] t = {0, 1, 1, 0, 1, 0.3};
        double expected = 0;
        for (int i = 0; i < z.length; i++) {
            // each term as the two softplus give it
            expected += t[i] * softplus(-z[i]) + (1 - t[i]) * softplus(z[i]);
        }
        expected /= z.length;
        assertEquals(Double.POSITIVE_INFINITY, values(before, inputs(z, t))[0]);
        assertEquals(expected, values(after, inputs(z, t))[0], 1e-15 * expected);
    }

    @Test
    void sumWithTheProductsWrittenTheOtherWayRoundIsRewrittenToo() {
        Node p = GraphOps.unary(Op.SIGMOID, vector("z"));
        Node t = vector("t");
        Node one = GraphOps.literalFor(1, true, p);
        Node terms = GraphOps.add(GraphOps.mul(GraphOps.unary(Op.LOG, GraphOps.sub(one, p)), GraphOps.sub(one, t)),
                GraphOps.mul(GraphOps.unary(Op.LOG, p), t));
        assertEquals("sum[0](sub(softplus(z), mul(t, z)))", show(optimized(GraphOps.sum(GraphOps.neg(terms)))));
    }

    @Test
    void confidentlyRightTermIsLostOnlyBesideTermsOfOrderOne() {
        // at z = 40, t = 1 the term is softplus(-40) = 4.2e-18; softplus(40) - 40 rounds it to 0, an
        // absolute error below half an ulp of 40, which a term of order 1 in the same mean absorbs
        Node after = optimized(meanCrossentropy(vector("z"), vector("t")));
        assertEquals(0.0, values(after, inputs(new double[] {40}, new double[] {1}))[0]);
        double withUncertainRow = values(after, inputs(new double[] {40, 0}, new double[] {1, 1}))[0];
        assertEquals((softplus(-40) + Math.log(2)) / 2, withUncertainRow, Math.ulp(Math.log(2) / 2));
    }

    @Test
    void crossentropyReadElementByElementKeepsBothSoftplus() {
        Node after = optimized(GraphOps.binaryCrossentropy(GraphOps.unary(Op.SIGMOID, vector("z")), vector("t")));
        assertEquals("neg(add(mul(t, neg(softplus(neg(z)))), mul(sub(1, t), neg(softplus(z)))))", show(after));
        assertEquals(softplus(-40), values(after, inputs(new double[] {40}, new double[] {1}))[0], 1e-30);
    }

    @Test
    void gradientIsSigmoidMinusTargetOverN() {
        Node z = vector("z");
        Node gradient = optimized(Autodiff.grad(meanCrossentropy(z, vector("t")), z));
        String shown = show(gradient).replace("sub(softplus(z), mul(t, z))", "bce")
                .replace("div(broadcastLike[0](1, bce), size[0](bce))", "g");
        assertEquals("sub(mul(g, sigmoid(z)), mul(g, t))", shown);
        double[] zs = {-800, -3, 0, 0.5, 800};
        double[] ts = {1, 0, 1, 0.25, 0};
        double[] expected = new double[zs.length];
        for (int i = 0; i < zs.length; i++) {
            expected[i] = (1 / (1 + Math.exp(-zs[i])) - ts[i]) / zs.length;
        }
        assertArrayEquals(expected, values(gradient, inputs(zs, ts)), 1e-17);
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
