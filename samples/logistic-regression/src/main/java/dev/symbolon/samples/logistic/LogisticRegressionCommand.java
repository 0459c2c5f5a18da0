package dev.symbolon.samples.logistic;

import dev.symbolon.samples.logistic.data.BreastCancer;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.samples.logistic.data.FashionMnist;
import dev.symbolon.samples.logistic.data.Problem;
import dev.symbolon.samples.logistic.data.Standardizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Trains the logistic regression on real data and reports how well it does: progress while training,
 * then the test set's scores, and the weights and a plot of the costs saved in the output folder.
 * Training can start from a saved state and end by saving one, so that a run split in two ends where
 * one uninterrupted run ends. Exit status: 0 on success, 2 for bad options, 1 for data, a state file or
 * an output folder that cannot be used.
 */
@Command(name = "logistic-regression", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Trains a logistic regression, sigmoid(dot(x, w) + b), by gradient descent on the cross-entropy "
                    + "plus an L2 penalty, then prints test accuracy, precision, recall and the confusion matrix "
                    + "and saves " + LogisticRegressionCommand.WEIGHTS_FILE + ", " + LogisticRegressionCommand.PLOT_FILE
                    + " and " + LogisticRegressionCommand.GRAPH_FILE + " (the optimized graph of a training step)"
                    + " in the output folder.",
            ""})
public final class LogisticRegressionCommand implements Callable<Integer> {
    static final String WEIGHTS_FILE = "weights.csv";
    static final String PLOT_FILE = "cost.png";
    static final String GRAPH_FILE = "graph.svg";

    @Spec
    private CommandSpec spec;

    @Option(names = "--steps", defaultValue = "500", paramLabel = "N",
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

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "DEVICE", converter = DeviceOption.Converter.class,
            description = "Where to compute: cpu, cuda, or auto for CUDA where present and the CPU elsewhere "
                    + "(default: ${DEFAULT-VALUE}).")
    private DeviceOption device;

    @Option(names = "--data", defaultValue = "breast-cancer", paramLabel = "DATA", converter = DataOption.Converter.class,
            description = "breast-cancer (bundled, split 80/20 by the seed) or fashion-mnist (its own split, "
                    + "one class against the rest) (default: ${DEFAULT-VALUE}).")
    private DataOption data;

    @Option(names = "--fashion-mnist-dir", paramLabel = "DIR",
            description = "Folder with Fashion-MNIST's train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
                    + "t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz (default: /usr/share/datasets/fashion-mnist).")
    private Path fashionMnistDir;

    @Option(names = "--positive-class", paramLabel = "CLASS",
            description = "The Fashion-MNIST class to tell from the rest (default: 0): 0 T-shirt/top, 1 Trouser, "
                    + "2 Pullover, 3 Dress, 4 Coat, 5 Sandal, 6 Shirt, 7 Sneaker, 8 Bag, 9 Ankle boot.")
    private Integer positiveClass;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Start from the weights and bias in FILE, a state saved by --save, instead of the seed's "
                    + "starting weights; with the same data, seed and settings, training goes on exactly where it stopped.")
    private Path resume;

    @Option(names = "--save", paramLabel = "FILE",
            description = "After training, save the weights and bias to FILE (its folder created if needed), a NumPy "
                    + ".npz archive with entries w and b that --resume and numpy.load read.")
    private Path saveState;

    @Option(names = "--output", defaultValue = "target/logistic-regression-output", paramLabel = "DIR",
            description = "Folder for " + WEIGHTS_FILE + ", " + PLOT_FILE + " and " + GRAPH_FILE + ", created if needed (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final ModelFactory models;
    private final boolean terminal;

    /**
     * @param models makes the model to train
     * @param terminal whether standard output is a terminal, where a progress bar can be redrawn in place
     */
    LogisticRegressionCommand(ModelFactory models, boolean terminal) {
        this.models = models;
        this.terminal = terminal;
    }

    /** Runs the command with the compiled model and exits with its status. */
    public static void main(String[] args) {
        // The plot is drawn into an image, which needs no display; where none exists, AWT must not look for one.
        System.setProperty("java.awt.headless", "true");
        LogisticRegressionCommand command = new LogisticRegressionCommand(CompiledModel::create, System.console() != null);
        System.exit(commandLine(command).execute(args));
    }

    /** The command line for {@code command}, reporting bad options in one line and a hint. */
    static CommandLine commandLine(LogisticRegressionCommand command) {
        return new CommandLine(command)
                .setParameterExceptionHandler(LogisticRegressionCommand::usageError);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run with --help for the options.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        try {
            createOutputFolder();
            Problem problem = load();
            Standardizer standardizer = Standardizer.fit(problem.train().features());
            Examples train = problem.train().standardized(standardizer);
            Examples test = problem.test().standardized(standardizer);
            out.printf(Locale.ROOT, "%s: %d training and %d test examples, %d features, positive class %s%n",
                    problem.description(), train.size(), test.size(), train.featureCount(), problem.positiveClass());
            Model<?> model = models.create(device, InitialWeights.gaussian(train.featureCount(), seed));
            if (resume != null) {
                resume(model, train.featureCount());
                out.println("resumed from " + resume);
            }
            out.printf(Locale.ROOT, "training on %s: %d steps, learning rate %s, L2 weight %s%n",
                    model.device(), steps, learningRate, l2);
            out.flush();
            Trainer.Result result = Trainer.train(model, train, test, new Trainer.Settings(steps, learningRate, l2),
                    new Progress(out, steps, terminal));
            TestReport.print(out, BinaryMetrics.of(result.testProbabilities(), test.labels()),
                    problem.negativeClass(), problem.positiveClass());
            save(result, problem, standardizer);
            out.println("saved " + output.resolve(WEIGHTS_FILE) + ", " + output.resolve(PLOT_FILE) + " and "
                    + output.resolve(GRAPH_FILE));
            if (saveState != null) {
                saveState(model);
                out.println("saved the state to " + saveState);
            }
            out.flush();
            return 0;
        } catch (SampleException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    private void checkOptions() {
        if (steps < 1) {
            throw usage("--steps must be at least 1, not " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw usage("--learning-rate must be a positive number, not " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw usage("--l2 must be zero or a positive number, not " + l2);
        }
        if (positiveClass != null && (positiveClass < 0 || positiveClass >= FashionMnist.CLASSES.size())) {
            throw usage("--positive-class must be a Fashion-MNIST class from 0 to 9, not " + positiveClass);
        }
        if (data != DataOption.FASHION_MNIST && (positiveClass != null || fashionMnistDir != null)) {
            throw usage("--positive-class and --fashion-mnist-dir apply only to --data " + DataOption.FASHION_MNIST);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private Problem load() throws SampleException {
        return switch (data) {
            case BREAST_CANCER -> BreastCancer.load(seed);
            case FASHION_MNIST -> loadFashionMnist();
        };
    }

    private Problem loadFashionMnist() throws SampleException {
        Path dir = fashionMnistDir != null ? fashionMnistDir : FashionMnist.DEFAULT_DIR;
        try {
            return FashionMnist.load(dir, positiveClass != null ? positiveClass : 0);
        } catch (SampleException e) {
            throw new SampleException("cannot load Fashion-MNIST: " + e.getMessage() + " (Debian's dataset-fashion-mnist "
                    + "package installs it in " + FashionMnist.DEFAULT_DIR + "; --fashion-mnist-dir names another folder)", e);
        }
    }

    private void createOutputFolder() throws SampleException {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new SampleException("cannot create the output folder " + output + ": " + reason(e), e);
        }
    }

    private void resume(Model<?> model, int features) throws SampleException {
        try {
            model.loadState(resume);
        } catch (IOException e) {
            throw new SampleException("cannot resume: " + reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new SampleException(e.getMessage(), e);
        }
        int weights = model.weights().length;
        if (weights != features) {
            throw new SampleException("cannot resume from " + resume + ": it holds " + weights + " weights, but the data has "
                    + features + " features; resume with the data it was trained on");
        }
    }

    private void saveState(Model<?> model) throws SampleException {
        try {
            Path folder = saveState.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            model.saveState(saveState);
        } catch (IOException e) {
            throw new SampleException("cannot save the state to " + saveState + ": " + reason(e), e);
        }
    }

    private void save(Trainer.Result result, Problem problem, Standardizer standardizer) throws SampleException {
        try {
            WeightsFile.write(output.resolve(WEIGHTS_FILE), problem.featureNames(), result.weights(), result.bias(),
                    standardizer);
            CostPlot.save(output.resolve(PLOT_FILE), problem.description() + ": cost per step", result.trainCosts(),
                    result.testCosts());
            Files.writeString(output.resolve(GRAPH_FILE), CompiledLogisticRegression.toSvg("train"));
        } catch (IOException e) {
            throw new SampleException("cannot write to " + output + ": " + reason(e), e);
        }
    }

    /** What went wrong, in words: file-system exceptions often carry only a file name as their message. */
    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        return e.getMessage();
    }
}
