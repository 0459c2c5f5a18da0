package dev.symbolon.benchmarks;

import java.util.concurrent.TimeUnit;
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

/** W4: one SGD step of a 784-256-10 tanh MLP with softmax cross-entropy on a batch of 256, over 2560 inputs. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class MlpBenchmark extends TrainingStepBenchmark {
    private static final long SEED = 4;
    private static final int AGREEMENT_STEPS = 3;

    @Setup(Level.Trial)
    public void createAndCheckAgreement() {
        MlpData data = PeerData.directory()
                .map(dir -> MlpData.read(dir, 2560, 784, 256, 10, 256))
                .orElseGet(() -> MlpData.generate(SEED, 2560, 784, 256, 10, 256));
        symbolon = new MlpSymbolon(data);
        loops = new MlpLoops(data);
        ejml = new MlpEjml(data);
        StepAgreement.check(AGREEMENT_STEPS, loops, symbolon, ejml);
    }
}
