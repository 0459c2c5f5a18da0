package dev.symbolon.benchmarks;

import static dev.symbolon.T.*;

import dev.symbolon.CompiledFunction;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import java.util.List;

/** W3 as a function built at run time: the graph of {@link ElementwiseSum#sumAndSlope}, outputs {@code s} and {@code ds/dx}. */
final class ElementwiseRuntime {
    private ElementwiseRuntime() {}

    static CompiledFunction sumAndSlope() {
        Vector x = vector("x");
        Vector y = vector("y");
        Scalar s = sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x))))));
        return function(List.of(x, y), List.of(s, grad(s, x)));
    }
}
