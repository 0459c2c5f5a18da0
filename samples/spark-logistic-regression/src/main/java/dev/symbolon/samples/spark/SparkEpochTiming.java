package dev.symbolon.samples.spark;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.CompiledLogisticRegression;
import dev.symbolon.samples.logistic.DataOption;
import dev.symbolon.samples.logistic.InitialWeights;
import dev.symbolon.samples.logistic.SampleException;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.samples.logistic.data.Problem;
import dev.symbolon.samples.logistic.data.Standardizer;
import dev.symbolon.spark.SparkGradient;
import dev.symbolon.spark.SparkTrainer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Time per epoch (one full-batch gradient step) of the logistic regression: the compiled model in one
 * JVM, the same model on Spark at 1, 2 and 4 partitions, and Spark MLlib's {@code LogisticRegression}
 * (L-BFGS, an iteration per epoch) at the same partitions, on the same standardized training rows.
 * Every configuration is measured twice and the second round printed, so that each runs in a warm
 * JVM. Arguments: {@code [epochs [data [master]]]}, default {@code 50}, the data at hand (Fashion-MNIST's
 * files, else breast-cancer; or {@code breast-cancer}, {@code fashion-mnist}, or {@code synthetic}:
 * 20000 rows of 784 Gaussian features, the size of the benchmarks' workload W2, labelled by a noisy
 * linear rule) and
 * {@code local[2]}.
 */
public final class SparkEpochTiming {
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 0.01;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 2;
    private static final int SYNTHETIC_ROWS = 20000;
    private static final int SYNTHETIC_FEATURES = 784;
    private static final int[] PARTITIONS = {1, 2, 4};

    private SparkEpochTiming() {
    }

    /** One row of the table. */
    record Timing(String engine, String partitions, double millisPerEpoch) {
    }

    public static void main(String[] args) throws SampleException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        String data = args.length > 1 ? args[1] : null;
        String master = args.length > 2 ? args[2] : "local[2]";
        String description;
        Examples train;
        if ("synthetic".equals(data)) {
            description = "synthetic (W2's size)";
            train = synthetic(SYNTHETIC_ROWS, SYNTHETIC_FEATURES, 42);
        } else {
            DataOption option = data == null ? null : new ProblemChoice.Converter().convert(data);
            Problem problem = ProblemChoice.load(option, (Path) null, 42);
            description = problem.description();
            train = problem.train().standardized(Standardizer.fit(problem.train().features()));
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %d training rows, %d features; %d epochs after %d of warm-up, second of %d rounds;"
                + " Spark %s%n", description, train.size(), train.featureCount(), epochs, WARM_UP, ROUNDS, master);
        SparkSession spark = LocalSpark.start(master, "symbolon-spark-epoch-timing");
        try {
            List<Timing> timings = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                timings = measure(spark, train, epochs);
            }
            print(out, timings);
        } finally {
            spark.stop();
        }
    }

    /** Standard normal features, label 1 where a fixed random direction plus noise is positive. */
    static Examples synthetic(int rows, int features, long seed) {
        Random random = new Random(seed);
        double[] direction = new double[features];
        for (int j = 0; j < features; j++) {
            direction[j] = random.nextGaussian();
        }
        double[][] x = new double[rows][features];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double score = 0;
            for (int j = 0; j < features; j++) {
                x[i][j] = random.nextGaussian();
                score += direction[j] * x[i][j];
            }
            y[i] = score + Math.sqrt(features) * random.nextGaussian() > 0 ? 1 : 0;
        }
        return new Examples(x, y);
    }

    static List<Timing> measure(SparkSession spark, Examples train, int epochs) {
        List<Timing> timings = new ArrayList<>();
        timings.add(new Timing("Symbolon, one JVM (compiled)", "-", local(train, epochs)));
        for (int partitions : PARTITIONS) {
            timings.add(new Timing("Symbolon on Spark", Integer.toString(partitions),
                    onSpark(spark, train, partitions, epochs)));
        }
        for (int partitions : PARTITIONS) {
            timings.add(new Timing("Spark MLlib LogisticRegression", Integer.toString(partitions),
                    mllib(spark, train, partitions, epochs)));
        }
        return timings;
    }

    static void print(PrintStream out, List<Timing> timings) {
        out.printf(Locale.ROOT, "%-32s %10s %14s%n", "engine", "partitions", "ms per epoch");
        for (Timing t : timings) {
            out.printf(Locale.ROOT, "%-32s %10s %14.2f%n", t.engine(), t.partitions(), t.millisPerEpoch());
        }
    }

    private static double local(Examples train, int epochs) {
        CompiledLogisticRegression model = model(train);
        NDArray x = NDArray.of(train.features());
        NDArray y = NDArray.of(train.labels());
        for (int i = 0; i < WARM_UP; i++) {
            model.train(x, y, LEARNING_RATE, L2);
        }
        long start = System.nanoTime();
        for (int i = 0; i < epochs; i++) {
            model.train(x, y, LEARNING_RATE, L2);
        }
        return millisSince(start) / epochs;
    }

    private static double onSpark(SparkSession spark, Examples train, int partitions, int epochs) {
        CompiledLogisticRegression model = model(train);
        Dataset<Row> rows = TrainingRows.of(spark, train, partitions);
        try (SparkTrainer trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", L2), rows,
                TrainingRows.FEATURES, TrainingRows.LABEL)) {
            for (int i = 0; i < WARM_UP; i++) {
                trainer.step(LEARNING_RATE);
            }
            long start = System.nanoTime();
            for (int i = 0; i < epochs; i++) {
                trainer.step(LEARNING_RATE);
            }
            return millisSince(start) / epochs;
        }
    }

    /**
     * MLlib's time per L-BFGS iteration: a fit of {@code WARM_UP} iterations, then one of as many as
     * {@code epochs} (tolerance 0, so none stops early unless converged), divided by the iterations it ran.
     * Its L2 term {@code regParam / 2 * sum(w^2)} is the sample's {@code l2 * sum(w^2)}.
     */
    private static double mllib(SparkSession spark, Examples train, int partitions, int epochs) {
        StructType schema = new StructType().add("features", new VectorUDT(), false)
                .add("label", DataTypes.DoubleType, false);
        List<Row> rows = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) {
            rows.add(RowFactory.create(Vectors.dense(train.features()[i]), train.labels()[i]));
        }
        Dataset<Row> data = spark.createDataFrame(rows, schema).repartition(partitions).cache();
        data.count();
        LogisticRegression regression = new LogisticRegression().setRegParam(2 * L2).setElasticNetParam(0)
                .setStandardization(false).setTol(0);
        regression.setMaxIter(WARM_UP).fit(data);
        long start = System.nanoTime();
        LogisticRegressionModel fitted = regression.setMaxIter(epochs).fit(data);
        double millis = millisSince(start);
        data.unpersist();
        return millis / Math.max(1, fitted.summary().totalIterations());
    }

    private static CompiledLogisticRegression model(Examples train) {
        CompiledLogisticRegression model = new CompiledLogisticRegression();
        model.w().setValue(InitialWeights.gaussian(train.featureCount(), 42));
        return model;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
