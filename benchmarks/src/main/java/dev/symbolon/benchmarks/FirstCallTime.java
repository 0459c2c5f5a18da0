package dev.symbolon.benchmarks;

import dev.symbolon.CompiledFunction;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;

/**
 * The time a function built at run time takes before its first result, in a fresh JVM: building W1's
 * graph and W3's, and their compilation (optimizing, generating Java, javac in memory, loading), then
 * the first call, and a second build of the same graph, which the class cache serves.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.symbolon.benchmarks.FirstCallTime}
 */
public final class FirstCallTime {
    private FirstCallTime() {}

    public static void main(String[] args) {
        LogisticData data = LogisticData.generate(400, 400, 784);
        NDArray x = NDArray.wrap(data.x(), data.n(), data.features());
        NDArray y = NDArray.wrap(data.y(), data.n());
        SharedVariable w = SharedVariable.of("w", NDArray.of(data.w0()));
        SharedVariable b = SharedVariable.of("b", 0.0);

        long start = System.nanoTime();
        CompiledFunction train = LogisticRuntime.trainFunction(w, b);
        long built = System.nanoTime();
        train.call(x, y, LogisticData.LEARNING_RATE, LogisticData.L2);
        long called = System.nanoTime();
        LogisticRuntime.trainFunction(w, b);
        long again = System.nanoTime();
        report("W1 train", start, built, called, again);

        ElementwiseData elementwise = ElementwiseData.generate(3, 1000);
        start = System.nanoTime();
        CompiledFunction sumAndSlope = ElementwiseRuntime.sumAndSlope();
        built = System.nanoTime();
        sumAndSlope.call(NDArray.wrap(elementwise.x(), 1000), NDArray.wrap(elementwise.y(), 1000));
        called = System.nanoTime();
        ElementwiseRuntime.sumAndSlope();
        again = System.nanoTime();
        report("W3 sumAndSlope", start, built, called, again);
    }

    private static void report(String name, long start, long built, long called, long again) {
        System.out.printf("%s: function(...) %.0f ms, first call %.1f ms, the same graph again %.1f ms%n", name,
                (built - start) / 1e6, (called - built) / 1e6, (again - called) / 1e6);
    }
}
