package dev.symbolon.samples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.CompiledLogisticRegression;
import dev.symbolon.samples.logistic.InitialWeights;
import dev.symbolon.samples.logistic.Progress;
import dev.symbolon.samples.logistic.Trainer;
import dev.symbolon.samples.logistic.data.BreastCancer;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.samples.logistic.data.Problem;
import dev.symbolon.samples.logistic.data.Standardizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sample trains on Spark as the single-machine sample trains, and its command prints the same
 * lines. The command stops the session it gets, so it runs last, with the class's session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkLogisticRegressionTest {
    private static final int STEPS = 8;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 0.01;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("local[2]", "SparkLogisticRegressionTest");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    @Order(1)
    void trainsAsTheCompiledModelTrainsOnOneMachine() {
        Problem problem = BreastCancer.load(42);
        Standardizer standardizer = Standardizer.fit(problem.train().features());
        Examples train = problem.train().standardized(standardizer);
        Examples test = problem.test().standardized(standardizer);
        double[] start = InitialWeights.gaussian(train.featureCount(), 42);

        Trainer.Result onSpark;
        try (SparkModel model = new SparkModel(spark, 3, start)) {
            onSpark = Trainer.train(model, train, test, new Trainer.Settings(STEPS, LEARNING_RATE, L2),
                    new Progress(new PrintWriter(new StringWriter()), STEPS, false));
        }

        CompiledLogisticRegression local = new CompiledLogisticRegression();
        local.w().setValue(start);
        NDArray x = NDArray.of(train.features());
        NDArray y = NDArray.of(train.labels());
        double[] localCosts = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            localCosts[i] = local.train(x, y, LEARNING_RATE, L2);
        }
        assertArrayEquals(localCosts, onSpark.trainCosts(), 1e-12);
        assertArrayEquals(local.w().getValue().toDoubleArray(), onSpark.weights(), 1e-12);
        assertEquals(local.b().doubleValue(), onSpark.bias(), 1e-12);
    }

    @Test
    @Order(2)
    void commandPrintsProgressAndTheTestReportAndSavesThePlot(@TempDir Path output) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new SparkLogisticRegression(false));
        command.setOut(new PrintWriter(out));
        int status = command.execute("--data", "breast-cancer", "--steps", "5", "--partitions", "3",
                "--output", output.toString());
        String printed = out.toString();
        assertEquals(0, status, printed);
        assertTrue(printed.contains("training on Spark local[2] (3 partitions): 5 steps, learning rate 0.1, L2 weight "
                + "0.01"), printed);
        assertTrue(printed.contains("step 1/5  train cost 0.7045  train accuracy 0.2286  test cost 0.7061"), printed);
        assertTrue(printed.contains("step 5/5  train cost "), printed);
        assertTrue(printed.contains("test accuracy "), printed);
        assertTrue(Files.isRegularFile(output.resolve(SparkLogisticRegression.PLOT_FILE)));
    }
}
