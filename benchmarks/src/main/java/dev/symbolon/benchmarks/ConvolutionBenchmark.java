package dev.symbolon.benchmarks;

import dev.symbolon.internal.cpu.Convolutions;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A LeNet layer's conv2d forward and backward (input and filter gradients), batch 64: {@code conv1} is
 * 1 to 6 channels, 5x5 on 28x28; {@code conv2} 6 to 16 channels, 5x5 on 12x12. {@code im2col} is the
 * kernel generated code calls (im2col and ejml, the batch over the ForkJoinPool), {@code direct} the
 * row-blocked loops of {@link DirectConvolution} on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConvolutionBenchmark {
    @Param({"conv1", "conv2"})
    public String layer;

    private int[] xShape;
    private int[] wShape;
    private int[] yShape;
    private double[] x;
    private double[] w;
    private double[] gy;

    @Setup(Level.Trial)
    public void create() {
        boolean first = layer.equals("conv1");
        xShape = first ? new int[] {64, 1, 28, 28} : new int[] {64, 6, 12, 12};
        wShape = first ? new int[] {6, 1, 5, 5} : new int[] {16, 6, 5, 5};
        yShape = Convolutions.conv2dShape(xShape, wShape, 1, 0, "conv2d", "ConvolutionBenchmark");
        Random random = new Random(5);
        x = random.doubles((long) xShape[0] * xShape[1] * xShape[2] * xShape[3], -1, 1).toArray();
        w = random.doubles((long) wShape[0] * wShape[1] * wShape[2] * wShape[3], -1, 1).toArray();
        gy = random.doubles((long) yShape[0] * yShape[1] * yShape[2] * yShape[3], -1, 1).toArray();
        double[] a = DirectConvolution.forward(x, xShape, w, wShape);
        double[] b = Convolutions.conv2d(x, xShape, w, wShape, 1, 0, "conv2d", "ConvolutionBenchmark");
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9) {
                throw new IllegalStateException("the direct and im2col kernels disagree at " + i);
            }
        }
    }

    @Benchmark
    public void im2col(Blackhole sink) {
        sink.consume(Convolutions.conv2d(x, xShape, w, wShape, 1, 0, "conv2d", "ConvolutionBenchmark"));
        sink.consume(Convolutions.conv2dInputGrad(gy, yShape, w, wShape, xShape, 1, 0, "conv2d", "ConvolutionBenchmark"));
        sink.consume(Convolutions.conv2dFilterGrad(x, xShape, gy, yShape, wShape, 1, 0, "conv2d", "ConvolutionBenchmark"));
    }

    @Benchmark
    public void direct(Blackhole sink) {
        sink.consume(DirectConvolution.forward(x, xShape, w, wShape));
        sink.consume(DirectConvolution.inputGrad(gy, w, xShape, wShape));
        sink.consume(DirectConvolution.filterGrad(x, gy, xShape, wShape));
    }
}
