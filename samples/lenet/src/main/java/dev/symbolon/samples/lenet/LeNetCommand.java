package dev.symbolon.samples.lenet;

import dev.symbolon.samples.logistic.CostPlot;
import dev.symbolon.samples.logistic.SampleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Trains {@link LeNet} and reports a line per epoch, the test accuracy, and a plot of the cost per
 * epoch. Exit status: 0 on success, 2 for bad options, 1 for data, a state file or an output folder
 * that cannot be used.
 */
@Command(name = "lenet", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Trains the LeNet convolutional network of Theano's tutorial by mini-batch SGD with dropout, prints a "
                    + "line per epoch and the test accuracy, and saves a plot of the cost per epoch, "
                    + LeNetCommand.PLOT_FILE + ", in the output folder.",
            ""})
public final class LeNetCommand implements Callable<Integer> {
    static final String PLOT_FILE = "cost.png";

    /** The values of {@code --data}. */
    enum Data { AUTO, DIGITS, FASHION_MNIST }

    @Spec
    private CommandSpec spec;

    @Option(names = "--epochs", defaultValue = "10", paramLabel = "N",
            description = "Passes over the training images (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", defaultValue = "16", paramLabel = "N",
            description = "Images per step of gradient descent (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--learning-rate", defaultValue = "0.3", paramLabel = "RATE",
            description = "Step size of gradient descent (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--dropout", defaultValue = "0.5", paramLabel = "RATE",
            description = "Probability of dropping a hidden unit while training, 0 to below 1 (default: ${DEFAULT-VALUE}).")
    private double dropout;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
            description = "Seed of the starting weights, the order of the batches and the dropout masks "
                    + "(default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--data", defaultValue = "auto", paramLabel = "DATA", converter = DataConverter.class,
            description = "digits (bundled, 8x8), fashion-mnist (28x28, from --fashion-mnist-dir) or auto: "
                    + "Fashion-MNIST where it is installed, else the digits (default: ${DEFAULT-VALUE}).")
    private Data data;

    @Option(names = "--fashion-mnist-dir", paramLabel = "DIR",
            description = "Folder with Fashion-MNIST's four IDX files (default: /usr/share/datasets/fashion-mnist, "
                    + "where Debian's dataset-fashion-mnist installs them).")
    private Path fashionMnistDir;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Start from the state in FILE, saved by --save, instead of the seed's starting weights.")
    private Path resume;

    @Option(names = "--save", paramLabel = "FILE",
            description = "After training, save the weights to FILE, a NumPy .npz archive.")
    private Path saveState;

    @Option(names = "--output", defaultValue = "target/lenet-output", paramLabel = "DIR",
            description = "Folder for " + PLOT_FILE + ", created if needed (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        // The plot is drawn into an image, which needs no display; where none exists, AWT must not look for one.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(new LeNetCommand()).execute(args));
    }

    /** The command line for {@code command}, reporting bad options in one line and a hint. */
    static CommandLine commandLine(LeNetCommand command) {
        return new CommandLine(command).setParameterExceptionHandler(LeNetCommand::usageError);
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
            DataSet dataSet = load();
            Images train = dataSet.train();
            out.printf(Locale.ROOT, "%s: %d training and %d test images of %dx%d, %d classes%n", dataSet.description(),
                    train.count(), dataSet.test().count(), train.height(), train.width(), DataSet.CLASSES);
            Architecture architecture = Architecture.forImages(train);
            out.println(architecture.describe(dropout));
            var model = new CompiledLeNet();
            architecture.initialize(model, seed);
            if (resume != null) {
                resume(model);
                out.println("resumed from " + resume);
            }
            out.printf(Locale.ROOT, "training: %d epoch%s, batch size %d, learning rate %s, seed %d%n",
                    epochs, epochs == 1 ? "" : "s", batchSize, learningRate, seed);
            out.flush();
            Trainer.Result result = Trainer.train(model, dataSet, new Trainer.Settings(epochs, batchSize, learningRate,
                    dropout, seed), epoch -> {
                        out.printf(Locale.ROOT, "epoch %" + digits(epochs) + "d/%d  train cost %.4f  test cost %.4f  "
                                + "test accuracy %.4f  %.1f s%n", epoch.number(), epochs, epoch.trainCost(),
                                epoch.testCost(), epoch.testAccuracy(), epoch.seconds());
                        out.flush();
                    });
            Trainer.Epoch last = result.last();
            out.printf(Locale.ROOT, "first batch cost %.4f (ln 10 = %.4f)%n", result.firstCost(), Math.log(10));
            out.printf(Locale.ROOT, "test accuracy %.4f (%d of %d)%n", last.testAccuracy(),
                    Math.round(last.testAccuracy() * dataSet.test().count()), dataSet.test().count());
            Path plot = output.resolve(PLOT_FILE);
            writePlot(plot, dataSet.description() + ": LeNet cost per epoch", result);
            out.println("saved " + plot);
            if (saveState != null) {
                save(model);
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
        if (epochs < 1) {
            throw usage("--epochs must be at least 1, not " + epochs);
        }
        if (batchSize < 1) {
            throw usage("--batch-size must be at least 1, not " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw usage("--learning-rate must be a positive number, not " + learningRate);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw usage("--dropout must be at least 0 and below 1, not " + dropout);
        }
        if (data == Data.DIGITS && fashionMnistDir != null) {
            throw usage("--fashion-mnist-dir applies only to --data fashion-mnist or auto");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private DataSet load() throws SampleException {
        Path dir = fashionMnistDir != null ? fashionMnistDir : FashionMnistImages.defaultDir();
        boolean fashion = data == Data.FASHION_MNIST || (data == Data.AUTO && FashionMnistImages.isInstalled(dir));
        if (!fashion) {
            return Digits.load();
        }
        try {
            return FashionMnistImages.load(dir);
        } catch (SampleException e) {
            throw new SampleException("cannot load Fashion-MNIST: " + e.getMessage() + " (Debian's dataset-fashion-mnist "
                    + "package installs it in " + FashionMnistImages.defaultDir() + "; --fashion-mnist-dir names another "
                    + "folder, --data digits trains on the bundled digits)", e);
        }
    }

    private void resume(CompiledLeNet model) throws SampleException {
        try {
            model.loadState(resume);
        } catch (IOException e) {
            throw new SampleException("cannot resume: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SampleException(e.getMessage(), e);
        }
    }

    private void save(CompiledLeNet model) throws SampleException {
        try {
            Files.createDirectories(saveState.toAbsolutePath().getParent());
            model.saveState(saveState);
        } catch (IOException e) {
            throw new SampleException("cannot save the state to " + saveState + ": " + e.getMessage(), e);
        }
    }

    private static void writePlot(Path plot, String title, Trainer.Result result) throws SampleException {
        try {
            Files.createDirectories(plot.toAbsolutePath().getParent());
            Trainer.Epoch[] epochs = result.epochs();
            CostPlot.save(plot, title, "epoch", "training cost (with dropout)",
                    Arrays.stream(epochs).mapToDouble(Trainer.Epoch::trainCost).toArray(),
                    Arrays.stream(epochs).mapToDouble(Trainer.Epoch::testCost).toArray());
        } catch (IOException e) {
            throw new SampleException("cannot write " + plot + ": " + e.getMessage(), e);
        }
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    /** Reads {@code --data}, spelled with a hyphen. */
    static final class DataConverter implements CommandLine.ITypeConverter<Data> {
        @Override
        public Data convert(String text) {
            for (Data d : Data.values()) {
                if (d.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                    return d;
                }
            }
            throw new CommandLine.TypeConversionException("--data must be auto, digits or fashion-mnist, not '" + text + "'");
        }
    }
}
