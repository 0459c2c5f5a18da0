package dev.symbolon.spark;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.Tuple2;

/**
 * Training on Spark gives the answer of one machine: full-batch steps on any partitioning equal the
 * compiled model's own training step, within rounding. One session serves the class: two threads,
 * and a task may fail once ({@code local[2,2]}).
 */
class SparkTrainerTest {
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 0.01;
    private static final int STEPS = 3;
    private static final double TOLERANCE = 1e-12;
    private static final Examples DATA = Examples.generate(101, 5, 42);
    private static final StructType SCHEMA = new StructType()
            .add("features", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("label", DataTypes.DoubleType, false);
    /** Tasks the failing source threw from, counted in this JVM (the session is local). */
    private static final AtomicInteger FAILED_ATTEMPTS = new AtomicInteger();

    private static SparkSession spark;
    private static JavaSparkContext context;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2,2]")
                .appName("SparkTrainerTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void fullBatchStepsEqualTheLocalModelsSteps(int partitions) {
        Dataset<Row> data = spark.createDataFrame(unevenly(DATA.rows(), partitions), SCHEMA);
        assertEquals(partitions, data.javaRDD().getNumPartitions());
        CompiledLogistic model = startingModel();
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", L2), data, "features",
                "label")) {
            assertStepsMatchLocal(model, trainer::step);
            assertEquals(DATA.y().length, trainer.lastStepRows());
        }
    }

    @Test
    void failedTaskIsRunAgainWithTheSameResult() {
        int before = FAILED_ATTEMPTS.get();
        JavaRDD<Row> failingOnce = unevenly(DATA.rows(), 3).mapPartitions(rows -> {
            if (TaskContext.get().attemptNumber() == 0) {
                FAILED_ATTEMPTS.incrementAndGet();
                throw new IllegalStateException("the first attempt of every task fails");
            }
            return rows;
        }, true);
        CompiledLogistic model = startingModel();
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", L2), failingOnce)) {
            assertStepsMatchLocal(model, trainer::step);
        }
        assertEquals(3, FAILED_ATTEMPTS.get() - before, "each of the 3 partitions failed once, when first packed");
    }

    @Test
    void unsetSharedVariableFailsOnTheDriverBeforeAnyJob() {
        CompiledLogistic model = new CompiledLogistic();
        Dataset<Row> data = spark.createDataFrame(unevenly(DATA.rows(), 2), SCHEMA);
        String group = "unset-" + System.nanoTime();
        context.setJobGroup(group, "a model whose w is unset", false);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> SparkTrainer.start(SparkGradient.compiled(model, "cost", L2), data, "features", "label"));
            assertEquals("shared variable 'w' has no value yet: call w().setValue(...) before the first call that "
                    + "reads it", e.getMessage());
        } finally {
            context.clearJobGroup();
        }
        assertEquals(0, context.statusTracker().getJobIdsForGroup(group).length);
    }

    @Test
    void miniBatchStepsAreReproducibleForASeed() {
        JavaRDD<Row> rows = unevenly(DATA.rows(), 3);
        double[] first = miniBatchWeights(rows, 7);
        double[] again = miniBatchWeights(rows, 7);
        double[] other = miniBatchWeights(rows, 8);
        assertArrayEquals(first, again, TOLERANCE);
        assertTrue(maxDifference(first, other) > 1e-6, "another seed draws other batches");
    }

    @Test
    void miniBatchStepComputesOnAboutItsFractionOfTheRows() {
        CompiledLogistic model = startingModel();
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", L2),
                unevenly(DATA.rows(), 2))) {
            trainer.seed(1);
            long[] sizes = new long[5];
            for (int i = 0; i < sizes.length; i++) {
                trainer.miniBatchStep(LEARNING_RATE, 0.5);
                sizes[i] = trainer.lastStepRows();
                assertTrue(sizes[i] > 25 && sizes[i] < 76, "a batch of " + sizes[i] + " of 101 rows at fraction 0.5");
            }
            assertNotEquals(List.of(sizes[0], sizes[0], sizes[0]), List.of(sizes[1], sizes[2], sizes[3]),
                    "each step draws anew");
        }
    }

    @Test
    void runTimeFunctionTrainsAsTheCompiledClass() {
        Matrix x = matrix("x");
        Vector y = vector("y");
        SharedVariable wState = SharedVariable.of("w", NDArray.of(DATA.initialWeights()));
        SharedVariable bState = SharedVariable.of("b", 0.0);
        Vector w = wState.vector();
        Scalar b = bState.scalar();
        Scalar cost = mean(binaryCrossentropy(sigmoid(dot(x, w).plus(b)), y)).plus(sum(w.times(w)).times(L2));
        SparkGradient gradient = SparkGradient.function(List.of(x, y), cost, List.of(wState, bState));

        CompiledLogistic local = startingModel();
        try (SparkTrainer trainer = SparkTrainer.start(gradient, unevenly(DATA.rows(), 3))) {
            for (int step = 0; step < STEPS; step++) {
                double expected = local.train(DATA.x(), DATA.y(), LEARNING_RATE, L2);
                assertEquals(expected, trainer.step(LEARNING_RATE), TOLERANCE);
                assertArrayEquals(local.w().getValue().toDoubleArray(), wState.getValue().toDoubleArray(), TOLERANCE);
                assertEquals(local.b().doubleValue(), bState.doubleValue(), TOLERANCE);
            }
        }
    }

    @Test
    void float32CostTrainsInFloat32() {
        Matrix x = matrix("x", DType.FLOAT32);
        Vector y = vector("y", DType.FLOAT32);
        SharedVariable wState = SharedVariable.of("w", NDArray.of(DATA.initialWeights()).astype(DType.FLOAT32));
        Vector w = wState.vector();
        Scalar cost = mean(binaryCrossentropy(sigmoid(dot(x, w)), y));
        NDArray start = wState.getValue();
        double[] expected = start.toDoubleArray();
        NDArray gradient = function(List.of(x, y), List.of(grad(cost, w))).call(
                NDArray.of(DATA.x()).astype(DType.FLOAT32), NDArray.of(DATA.y()).astype(DType.FLOAT32)).get(0);
        for (int j = 0; j < expected.length; j++) {
            expected[j] -= LEARNING_RATE * gradient.toDoubleArray()[j];
        }

        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.function(List.of(x, y), cost, List.of(wState)),
                unevenly(DATA.rows(), 3))) {
            trainer.step(LEARNING_RATE);
        }
        assertEquals(DType.FLOAT32, wState.getValue().dtype());
        assertArrayEquals(expected, wState.getValue().toDoubleArray(), 1e-6);
    }

    @Test
    void fieldOfTheWrongKindNamesItsRowAndPartition() {
        JavaRDD<Row> rows = context.parallelize(List.of(RowFactory.create(DATA.x()[0], "yes")), 1);
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(startingModel(), "cost", L2), rows)) {
            Exception e = assertThrows(Exception.class, () -> trainer.step(LEARNING_RATE));
            assertTrue(e.getMessage().contains("field 1 of row 0 of partition 0 is a String, but data input 'argument 2' "
                    + "(float64 Vector, a number per row) takes a number"), e.getMessage());
        }
    }

    @Test
    void columnsMustMatchTheDataInputs() {
        Dataset<Row> data = spark.createDataFrame(unevenly(DATA.rows(), 2), SCHEMA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkTrainer.start(SparkGradient.compiled(startingModel(), "cost", L2), data, "features"));
        assertEquals("CompiledLogistic.costGrad takes 2 data inputs ['argument 1' (float64 Matrix, an array per row), "
                + "'argument 2' (float64 Vector, a number per row)], but 1 columns were named [features]; name one "
                + "column per data input, in order", e.getMessage());
    }

    @Test
    void methodWithoutGradIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkGradient.compiled(startingModel(), "train", L2));
        assertEquals("CompiledLogistic has no method trainGrad returning a record (value, gradients...): mark train "
                + "of the model class @Grad, so that the annotation processor generates it, and pass the cost "
                + "method's name, 'train'", e.getMessage());
    }

    private static double[] miniBatchWeights(JavaRDD<Row> rows, long seed) {
        CompiledLogistic model = startingModel();
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", L2), rows)) {
            trainer.seed(seed);
            for (int step = 0; step < STEPS; step++) {
                trainer.miniBatchStep(LEARNING_RATE, 0.3);
            }
        }
        return model.w().getValue().toDoubleArray();
    }

    /** Takes {@code STEPS} steps on Spark and on one machine, from the same weights, comparing each. */
    private static void assertStepsMatchLocal(CompiledLogistic model, java.util.function.DoubleUnaryOperator step) {
        CompiledLogistic local = startingModel();
        for (int i = 0; i < STEPS; i++) {
            double expected = local.train(DATA.x(), DATA.y(), LEARNING_RATE, L2);
            assertEquals(expected, step.applyAsDouble(LEARNING_RATE), TOLERANCE);
            assertArrayEquals(local.w().getValue().toDoubleArray(), model.w().getValue().toDoubleArray(), TOLERANCE);
            assertEquals(local.b().doubleValue(), model.b().doubleValue(), TOLERANCE);
        }
    }

    private static CompiledLogistic startingModel() {
        CompiledLogistic model = new CompiledLogistic();
        model.w().setValue(DATA.initialWeights());
        return model;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** The rows in {@code partitions} partitions of growing size: the first holds the most, the last the fewest. */
    private static JavaRDD<Row> unevenly(List<Row> rows, int partitions) {
        return context.parallelize(rows, 1).zipWithIndex()
                .mapToPair(Tuple2::swap)
                .partitionBy(new Uneven(partitions, rows.size()))
                .values();
    }

    /** Row {@code i} of {@code n} to partition {@code floor(k * (i / n)^2)}: sizes shrink from first to last. */
    private static final class Uneven extends Partitioner {
        private final int partitions;
        private final int rows;

        Uneven(int partitions, int rows) {
            this.partitions = partitions;
            this.rows = rows;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            double position = (double) (Long) key / rows;
            return (int) (partitions * position * position);
        }
    }
}
