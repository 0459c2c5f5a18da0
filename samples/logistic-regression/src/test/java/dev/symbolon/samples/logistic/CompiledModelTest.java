package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.data.BreastCancer;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.samples.logistic.data.Problem;
import dev.symbolon.samples.logistic.data.Standardizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled model on the bundled data, against the bar and against the hand-written gradient descent. */
class CompiledModelTest {
    private static final long SEED = 42;
    private static final Trainer.Settings SETTINGS = new Trainer.Settings(500, 0.1, 0.01);
    private static final double TOLERANCE = 1e-9;

    private static final Examples TRAIN;
    private static final Examples TEST;

    static {
        Problem problem = BreastCancer.load(SEED);
        Standardizer standardizer = Standardizer.fit(problem.train().features());
        TRAIN = problem.train().standardized(standardizer);
        TEST = problem.test().standardized(standardizer);
    }

    @Test
    void reachesATestAccuracyOfAtLeast95Percent() throws Exception {
        Trainer.Result result = train(CompiledModel.create(DeviceOption.CPU, initialWeights()));
        double accuracy = BinaryMetrics.of(result.testProbabilities(), TEST.labels()).accuracy();
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }

    @Test
    void trainsTheSameWeightsAsHandWrittenGradientDescent() throws Exception {
        Trainer.Result compiled = train(CompiledModel.create(DeviceOption.CPU, initialWeights()));
        Trainer.Result reference = train(new GradientDescentReference(initialWeights()));
        assertArrayEquals(reference.weights(), compiled.weights(), TOLERANCE);
        assertEquals(reference.bias(), compiled.bias(), TOLERANCE);
        assertArrayEquals(reference.trainCosts(), compiled.trainCosts(), TOLERANCE);
        assertArrayEquals(reference.testCosts(), compiled.testCosts(), TOLERANCE);
        assertArrayEquals(reference.testProbabilities(), compiled.testProbabilities(), TOLERANCE);
    }

    @Test
    void cudaTrainsTheCpusWeightsOrSaysInOneLineWhyNot() throws Exception {
        CompiledModel gpu;
        try {
            gpu = CompiledModel.create(DeviceOption.CUDA, initialWeights());
        } catch (SampleException unavailable) {
            // no GPU or driver here, or an op of the model without a CUDA kernel yet
            String message = unavailable.getMessage();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains("no CUDA device or driver was found")
                    || message.startsWith("the CUDA executor cannot run "), message);
            return;
        }
        assertEquals("cuda:0", gpu.device());
        Trainer.Result onGpu = train(gpu);
        Trainer.Result onCpu = train(CompiledModel.create(DeviceOption.CPU, initialWeights()));
        assertArrayEquals(onCpu.weights(), onGpu.weights(), TOLERANCE);
        assertArrayEquals(onCpu.testProbabilities(), onGpu.testProbabilities(), TOLERANCE);
    }

    @Test
    void costGradIsTheGradientOfTheHandWrittenStep() {
        double[] w0 = initialWeights();
        CompiledLogisticRegression compiled = new CompiledLogisticRegression();
        compiled.w().setValue(w0);
        CompiledLogisticRegression.CostGrad grad = compiled.costGrad(TRAIN.features(), TRAIN.labels(), 0.01);

        // A step of rate 1 moves the weights by exactly minus the gradient.
        GradientDescentReference reference = new GradientDescentReference(w0);
        double cost = reference.train(TRAIN, 1, 0.01);
        double[] expected = new double[w0.length];
        for (int j = 0; j < w0.length; j++) {
            expected[j] = w0[j] - reference.weights()[j];
        }
        assertEquals(cost, grad.value(), TOLERANCE);
        assertArrayEquals(expected, grad.w().toDoubleArray(), TOLERANCE);
        assertEquals(-reference.bias(), grad.b(), TOLERANCE);
    }

    @Test
    void theCommandTrainsTheCompiledModel(@TempDir Path output) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        int status = LogisticRegressionCommand.commandLine(new LogisticRegressionCommand(CompiledModel::create, false))
                .setOut(writer)
                .execute("--steps", "5", "--output", output.toString());
        assertEquals(0, status);
        assertTrue(out.toString().contains("training on cpu: 5 steps"), out.toString());
    }

    @Test
    void aRunResumedFromItsSavedStateEndsWhereAnUninterruptedRunEnds(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.npz");
        Path half = dir.resolve("half.npz");
        Path resumed = dir.resolve("resumed.npz");
        assertEquals(0, runCompiled("--steps", "200", "--save", whole.toString(), "--output", dir.resolve("a").toString()));
        assertEquals(0, runCompiled("--steps", "100", "--save", half.toString(), "--output", dir.resolve("b").toString()));
        assertEquals(0, runCompiled("--steps", "100", "--resume", half.toString(), "--save", resumed.toString(),
                "--output", dir.resolve("c").toString()));

        Map<String, NDArray> expected = NDArray.loadAll(whole);
        assertEquals(List.of("w", "b"), List.copyOf(expected.keySet()));
        assertEquals(expected, NDArray.loadAll(resumed), "the same weights, bit for bit");
        assertEquals(Files.readString(dir.resolve("a/weights.csv")), Files.readString(dir.resolve("c/weights.csv")));
    }

    private static int runCompiled(String... args) {
        return LogisticRegressionCommand.commandLine(new LogisticRegressionCommand(CompiledModel::create, false))
                .setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }

    private static double[] initialWeights() {
        return InitialWeights.gaussian(TRAIN.featureCount(), SEED);
    }

    private static Trainer.Result train(Model<?> model) {
        return Trainer.train(model, TRAIN, TEST, SETTINGS, new Progress(new PrintWriter(new StringWriter()), SETTINGS.steps(), false));
    }
}
