package dev.symbolon.benchmarks;

import dev.symbolon.CompiledFunction;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** W3: {@code sum(sigmoid(x) y + log1p(exp(-|x|)))} and its gradient on 10^7 doubles. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ElementwiseBenchmark {
    private static final int N = 10_000_000;
    private static final long SEED = 3;

    private final CompiledElementwiseSum compiled = new CompiledElementwiseSum(Device.cpu());
    private final CompiledFunction runtimeFunction = ElementwiseRuntime.sumAndSlope();
    private ElementwiseData data;
    private NDArray x;
    private NDArray y;
    private CompiledElementwiseSum.SumAndSlope target;

    @Setup(Level.Trial)
    public void createAndCheckAgreement() {
        data = PeerData.directory().map(dir -> ElementwiseData.read(dir, N)).orElseGet(() -> ElementwiseData.generate(SEED, N));
        x = NDArray.wrap(data.x(), N);
        y = NDArray.wrap(data.y(), N);
        ElementwiseAgreement.check(compiled, data);
        ElementwiseAgreement.check(runtimeFunction, data);
        target = new CompiledElementwiseSum.SumAndSlope(0, NDArray.zeros(DType.FLOAT64, N));
        if (!compiled.sumAndSlopeInto(x, y, target).equals(compiled.sumAndSlope(x, y))) {
            throw new IllegalStateException("sumAndSlopeInto differs from sumAndSlope");
        }
    }

    @Benchmark
    public CompiledElementwiseSum.SumAndSlope symbolon() {
        return compiled.sumAndSlope(x, y);
    }

    /** {@code s} alone: the value-and-gradient call should cost at most twice this. */
    @Benchmark
    public double symbolonValue() {
        return compiled.cost(x, y);
    }

    /** The same into the gradient array of the previous call: no array allocated once warm. */
    @Benchmark
    public CompiledElementwiseSum.SumAndSlope symbolonInto() {
        return compiled.sumAndSlopeInto(x, y, target);
    }

    /** The same by a function built at run time with {@code T.function} (the compiled twin is {@code symbolon}). */
    @Benchmark
    public List<NDArray> runtimeFunction() {
        return runtimeFunction.call(x, y);
    }

    @Benchmark
    public ElementwiseLoops.SumAndSlope loops() {
        return ElementwiseLoops.sumAndSlope(data.x(), data.y());
    }
}
