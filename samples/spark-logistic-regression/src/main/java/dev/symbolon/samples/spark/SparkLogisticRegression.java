package dev.symbolon.samples.spark;

import dev.symbolon.samples.logistic.BinaryMetrics;
import dev.symbolon.samples.logistic.CostPlot;
import dev.symbolon.samples.logistic.DataOption;
import dev.symbolon.samples.logistic.InitialWeights;
import dev.symbolon.samples.logistic.Progress;
import dev.symbolon.samples.logistic.SampleException;
import dev.symbolon.samples.logistic.TestReport;
import dev.symbolon.samples.logistic.Trainer;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.samples.logistic.data.Problem;
import dev.symbolon.samples.logistic.data.Standardizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The logistic-regression sample trained on Spark: the same model, data, progress lines, test report
 * and cost plot, with each full-batch step computed by the partitions of the training rows
 * ({@code symbolon-spark}). Exit status: 0 on success, 2 for bad options, 1 for data or an output
 * folder that cannot be used.
 */
@Command(name = "spark-logistic-regression", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Trains the logistic-regression sample's model by full-batch gradient descent on Spark, then prints "
                    + "test accuracy, precision, recall and the confusion matrix and saves "
                    + SparkLogisticRegression.PLOT_FILE + " in the output folder.",
            ""})
public final class SparkLogisticRegression implements Callable<Integer> {
    static final String PLOT_FILE = "cost.png";

    @Spec
    private CommandSpec spec;

    @Option(names = "--steps", defaultValue = "100", paramLabel = "N",
            description = "Gradient-descent steps (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--learning-rate", defaultValue = "0.1", paramLabel = "RATE",
            description = "Step size of gradient descent (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--l2", defaultValue = "0.01", paramLabel = "WEIGHT",
            description = "Weight of the penalty sum(w^2) in the cost (default: ${DEFAULT-VALUE}).")
    private double l2;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
            description = "Seed of the starting weights and of the bundled data's train/test split (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master: local[N] for N threads in this JVM, or a cluster's URL (default: the one "
                    + "spark-submit was given, else local[2]).")
    private String master;

    @Option(names = "--partitions", defaultValue = "2", paramLabel = "N",
            description = "Partitions of the training rows, each computing its share of every step (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(names = "--data", paramLabel = "DATA", converter = ProblemChoice.Converter.class,
            description = "breast-cancer (bundled, split 80/20 by the seed) or fashion-mnist (T-shirt/top against the "
                    + "rest) (default: fashion-mnist where its files are, else breast-cancer).")
    private DataOption data;

    @Option(names = "--fashion-mnist-dir", paramLabel = "DIR",
            description = "Folder with Fashion-MNIST's IDX files (default: /usr/share/datasets/fashion-mnist).")
    private Path fashionMnistDir;

    @Option(names = "--output", defaultValue = "target/spark-logistic-regression-output", paramLabel = "DIR",
            description = "Folder for " + PLOT_FILE + ", created if needed (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final boolean terminal;

    SparkLogisticRegression(boolean terminal) {
        this.terminal = terminal;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        LocalSpark.prepareJvm();
        System.exit(new CommandLine(new SparkLogisticRegression(System.console() != null)).execute(args));
    }

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Files.createDirectories(output);
            Problem problem = ProblemChoice.load(data, fashionMnistDir, seed);
            Standardizer standardizer = Standardizer.fit(problem.train().features());
            Examples train = problem.train().standardized(standardizer);
            Examples test = problem.test().standardized(standardizer);
            out.printf(Locale.ROOT, "%s: %d training and %d test examples, %d features, positive class %s%n",
                    problem.description(), train.size(), test.size(), train.featureCount(), problem.positiveClass());
            Trainer.Result result;
            SparkSession spark = LocalSpark.start(master != null ? master : LocalSpark.defaultMaster(),
                    "symbolon-spark-logistic-regression");
            try (SparkModel model = new SparkModel(spark, partitions, InitialWeights.gaussian(train.featureCount(), seed))) {
                out.printf(Locale.ROOT, "training on %s: %d steps, learning rate %s, L2 weight %s%n",
                        model.device(), steps, learningRate, l2);
                out.flush();
                result = Trainer.train(model, train, test, new Trainer.Settings(steps, learningRate, l2),
                        new Progress(out, steps, terminal));
            } finally {
                spark.stop();
            }
            TestReport.print(out, BinaryMetrics.of(result.testProbabilities(), test.labels()),
                    problem.negativeClass(), problem.positiveClass());
            CostPlot.save(output.resolve(PLOT_FILE), problem.description() + " on Spark: cost per step",
                    result.trainCosts(), result.testCosts());
            out.println("saved " + output.resolve(PLOT_FILE));
            out.flush();
            return 0;
        } catch (SampleException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot write to " + output + ": " + e.getMessage());
        }
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return 1;
    }

    private void checkOptions() {
        if (steps < 1) {
            throw usage("--steps must be at least 1, not " + steps);
        }
        if (partitions < 1) {
            throw usage("--partitions must be at least 1, not " + partitions);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw usage("--learning-rate must be a positive number, not " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw usage("--l2 must be zero or a positive number, not " + l2);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
