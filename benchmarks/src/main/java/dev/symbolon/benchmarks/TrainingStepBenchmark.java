package dev.symbolon.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * A training workload timed three ways on the same data: the code Symbolon generates, hand-written
 * loops and hand-written code with ejml products. A subclass creates the three in its trial set-up
 * and checks that they agree.
 */
public abstract class TrainingStepBenchmark {
    protected TrainingStep symbolon;
    protected TrainingStep loops;
    protected TrainingStep ejml;

    /** Every iteration starts from the same weights (and the first batch), so every iteration times the same steps. */
    @Setup(Level.Iteration)
    public void reset() {
        symbolon.reset();
        loops.reset();
        ejml.reset();
    }

    @Benchmark
    public double symbolon() {
        return symbolon.step();
    }

    @Benchmark
    public double loops() {
        return loops.step();
    }

    @Benchmark
    public double ejml() {
        return ejml.step();
    }
}
