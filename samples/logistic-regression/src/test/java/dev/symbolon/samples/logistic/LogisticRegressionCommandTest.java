package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.data.IdxFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The program run end to end in process, with the hand-written model standing in for the compiled one. */
class LogisticRegressionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LogisticRegressionCommand.commandLine(
                new LogisticRegressionCommand((device, w0) -> new GradientDescentReference(w0), false));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void trainsOnTheBundledDataAndSavesTheWeightsAndThePlot() throws Exception {
        Path output = dir.resolve("out");
        assertEquals(0, run("--steps", "50", "--output", output.toString()), err.toString());

        String printed = out.toString();
        assertTrue(printed.startsWith("Breast Cancer Wisconsin (Diagnostic): 455 training and 114 test examples, "
                + "30 features, positive class benign"), printed);
        assertTrue(printed.contains("training on plain Java: 50 steps, learning rate 0.1, L2 weight 0.01"), printed);
        assertTrue(printed.contains("step  1/50  train cost "), printed);
        assertTrue(printed.contains("step 50/50  train cost"), printed);
        assertTrue(printed.contains("test accuracy 0.9"), printed);
        assertTrue(printed.contains("predicted malignant  predicted benign"), printed);
        assertEquals("", err.toString());

        List<String> weights = Files.readAllLines(output.resolve("weights.csv"));
        assertEquals(32, weights.size());
        assertTrue(weights.get(2).startsWith("mean radius,"), weights.get(2));
        assertTrue(weights.get(31).startsWith("worst fractal dimension,"), weights.get(31));
        String graph = Files.readString(output.resolve("graph.svg"));
        assertTrue(graph.contains("<svg") && graph.contains("class=\"node\"") && graph.contains("LogisticRegression.java:"), graph);
        assertNotNull(ImageIO.read(output.resolve("cost.png").toFile()), "cost.png decodes");
    }

    @Test
    void trainsOnFashionMnistFiles() throws Exception {
        Path data = Files.createDirectory(dir.resolve("fashion"));
        IdxFiles.writeFashionMnist(data, 2, 2, new byte[] {3, 1, 3, 5, 3, 0}, new byte[] {3, 2});
        assertEquals(0, run("--data", "fashion-mnist", "--fashion-mnist-dir", data.toString(), "--positive-class", "3",
                "--steps", "20", "--learning-rate", "0.5", "--output", dir.resolve("out").toString()), err.toString());
        assertTrue(out.toString().startsWith("Fashion-MNIST, Dress against the rest: 6 training and 2 test examples, "
                + "4 features, positive class Dress"), out.toString());
        assertTrue(out.toString().contains("test accuracy 1.0000"), out.toString());
    }

    @Test
    void badOptionsExitWithStatusTwoAndAOneLineMessage() {
        assertUsageError("Invalid value for option '--steps': 'many' is not an int", "--steps", "many");
        assertUsageError("--steps must be at least 1, not 0", "--steps", "0");
        assertUsageError("--learning-rate must be a positive number, not -0.1", "--learning-rate", "-0.1");
        assertUsageError("--l2 must be zero or a positive number, not NaN", "--l2", "NaN");
        assertUsageError("Invalid value for option '--device': expected one of cpu, cuda, auto but was 'gpu'", "--device", "gpu");
        assertUsageError("Invalid value for option '--data': expected one of breast-cancer, fashion-mnist but was 'iris'", "--data", "iris");
        assertUsageError("--positive-class must be a Fashion-MNIST class from 0 to 9, not 10",
                "--data", "fashion-mnist", "--positive-class", "10");
        assertUsageError("--positive-class and --fashion-mnist-dir apply only to --data fashion-mnist", "--positive-class", "1");
        assertUsageError("Unknown options: '--stpes', '5'", "--stpes", "5");
    }

    @Test
    void unreadableDataExitsWithStatusOneAndOneLine() {
        Path missing = dir.resolve("missing");
        int status = run("--data", "fashion-mnist", "--fashion-mnist-dir", missing.toString(), "--output", dir.toString());
        assertEquals(1, status);
        assertEquals(List.of("cannot load Fashion-MNIST: " + missing + " is not a folder (Debian's dataset-fashion-mnist "
                + "package installs it in /usr/share/datasets/fashion-mnist; --fashion-mnist-dir names another folder)"),
                err.toString().lines().toList());
    }

    @Test
    void anOutputPathThatIsAFileExitsWithStatusOne() throws Exception {
        Path file = Files.createFile(dir.resolve("file"));
        assertEquals(1, run("--output", file.toString()));
        assertEquals(List.of("cannot create the output folder " + file + ": " + file + " is a file, not a folder"),
                err.toString().lines().toList());
    }

    @Test
    void savesTheStateAndResumesFromIt() throws Exception {
        Path state = dir.resolve("states/state.npz");
        assertEquals(0, run("--steps", "30", "--save", state.toString(), "--output", dir.resolve("a").toString()), err.toString());
        assertTrue(out.toString().contains("saved the state to " + state), out.toString());
        Map<String, NDArray> saved = NDArray.loadAll(state);
        assertEquals(List.of("w", "b"), List.copyOf(saved.keySet()));
        assertEquals(30, saved.get("w").size());

        out.getBuffer().setLength(0);
        assertEquals(0, run("--steps", "1", "--resume", state.toString(), "--output", dir.resolve("b").toString()), err.toString());
        assertTrue(out.toString().contains("resumed from " + state + System.lineSeparator()
                + "training on plain Java: 1 steps"), out.toString());
        List<String> weights = Files.readAllLines(dir.resolve("b/weights.csv"));
        // the resumed run starts from the saved weights, not from the seed's, so one step keeps them close
        double savedBias = saved.get("b").getDouble();
        double bias = Double.parseDouble(weights.get(1).split(",")[1]);
        assertTrue(Math.abs(bias - savedBias) < 0.05 && savedBias != 0, bias + " after " + savedBias);
    }

    @Test
    void aStateThatCannotBeResumedExitsWithStatusOneAndOneLine() throws Exception {
        Path missing = dir.resolve("missing.npz");
        assertEquals(1, run("--resume", missing.toString(), "--output", dir.toString()));
        assertEquals(List.of("cannot resume: " + missing + " does not exist"), err.toString().lines().toList());

        Path other = dir.resolve("other.npz");
        NDArray.saveAll(other, Map.of("w", NDArray.of(new double[] {1, 2})));
        err.getBuffer().setLength(0);
        assertEquals(1, run("--resume", other.toString(), "--output", dir.toString()));
        assertEquals(List.of("cannot load state from " + other + ": it has no entry 'b' (its entries: w); nothing was changed"),
                err.toString().lines().toList());

        Map<String, NDArray> fewer = new LinkedHashMap<>();
        fewer.put("w", NDArray.of(new double[] {1, 2}));
        fewer.put("b", NDArray.scalar(0.5));
        NDArray.saveAll(other, fewer);
        err.getBuffer().setLength(0);
        assertEquals(1, run("--resume", other.toString(), "--output", dir.toString()));
        assertEquals(List.of("cannot resume from " + other + ": it holds 2 weights, but the data has 30 features; "
                + "resume with the data it was trained on"), err.toString().lines().toList());
    }

    @Test
    void helpListsTheOptionsAndSucceeds() {
        assertEquals(0, run("--help"));
        for (String option : new String[] {"--steps", "--learning-rate", "--l2", "--seed", "--device", "--data",
                "--fashion-mnist-dir", "--positive-class", "--resume", "--save", "--output"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    private void assertUsageError(String expected, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), String.join(" ", args));
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.startsWith(expected), first);
        assertTrue(err.toString().contains("Run with --help for the options."), err.toString());
        assertTrue(err.toString().lines().count() <= 3, err.toString());
        assertEquals("", out.toString());
    }
}
