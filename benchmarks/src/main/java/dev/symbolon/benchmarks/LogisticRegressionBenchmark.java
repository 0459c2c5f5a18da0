package dev.symbolon.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1 ({@code n = 400}) and W2 ({@code n = 20000}): one full-batch gradient-descent step of the
 * logistic regression on 784 features, by Symbolon and by hand on the same data.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class LogisticRegressionBenchmark extends TrainingStepBenchmark {
    private static final int FEATURES = 784;
    private static final int AGREEMENT_STEPS = 3;

    private TrainingStep runtimeFunction;

    @Param({"400", "20000"})
    public int n;

    @Setup(Level.Trial)
    public void createAndCheckAgreement() {
        // Seeded by the size, so that W1 and W2 are different problems, each fixed.
        LogisticData data = PeerData.directory()
                .map(dir -> LogisticData.read(dir, PeerValues.logisticTag(n), n, FEATURES))
                .orElseGet(() -> LogisticData.generate(n, n, FEATURES));
        symbolon = new LogisticSymbolon(data);
        loops = new LogisticLoops(data);
        ejml = new LogisticEjml(data);
        runtimeFunction = new LogisticRuntime(data);
        StepAgreement.check(AGREEMENT_STEPS, loops, symbolon, ejml, runtimeFunction);
    }

    @Setup(Level.Iteration)
    public void resetRuntimeFunction() {
        runtimeFunction.reset();
    }

    /** The same step by a function built at run time with {@code T.function} (the compiled twin is {@code symbolon}). */
    @Benchmark
    public double runtimeFunction() {
        return runtimeFunction.step();
    }
}
