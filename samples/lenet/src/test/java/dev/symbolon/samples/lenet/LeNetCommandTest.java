package dev.symbolon.samples.lenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command run in process, as {@code java -jar lenet.jar} runs it. */
class LeNetCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LeNetCommand.commandLine(new LeNetCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void trainsOnTheDigitsAndPrintsEachEpochTheAccuracyAndThePlot() throws Exception {
        Path output = dir.resolve("out");
        Path state = dir.resolve("state/lenet.npz");
        assertEquals(0, run("--data", "digits", "--epochs", "3", "--output", output.toString(),
                "--save", state.toString()), err.toString());

        String[] lines = out.toString().split("\n");
        assertEquals("digits (bundled): 1438 training and 359 test images of 8x8, 10 classes", lines[0]);
        assertEquals("LeNet: 8x8 images, conv 3x3 1->6 (padding 1), max-pool 2, conv 3x3 6->16 (padding 1), "
                + "max-pool 2, tanh 64->100 with dropout 0.5, softmax 100->10", lines[1]);
        assertEquals("training: 3 epochs, batch size 16, learning rate 0.3, seed 42", lines[2]);
        for (int e = 1; e <= 3; e++) {
            assertTrue(lines[2 + e].matches("epoch " + e + "/3  train cost \\d\\.\\d{4}  test cost \\d\\.\\d{4}  "
                    + "test accuracy \\d\\.\\d{4}  \\d+\\.\\d s"), lines[2 + e]);
        }
        assertEquals("first batch cost 2.3026 (ln 10 = 2.3026)", lines[6]);
        assertEquals("test accuracy 0.9499 (341 of 359)", lines[7]);
        assertEquals("saved " + output.resolve("cost.png"), lines[8]);
        assertEquals("saved the state to " + state, lines[9]);
        assertEquals("", err.toString());
        assertNotNull(ImageIO.read(output.resolve("cost.png").toFile()), "cost.png decodes");

        out.getBuffer().setLength(0);
        assertEquals(0, run("--data", "digits", "--epochs", "1", "--resume", state.toString(),
                "--output", output.toString()), err.toString());
        assertTrue(out.toString().contains("resumed from " + state), out.toString());
        assertTrue(!out.toString().contains("first batch cost 2.3026"), "resumed from trained weights: " + out);
    }

    @Test
    void trainsOnFashionMnistFilesOfAnySizeThatDividesByFour() throws Exception {
        Path data = Files.createDirectory(dir.resolve("fashion"));
        writeSet(data, "train", 12);
        writeSet(data, "t10k", 4);
        assertEquals(0, run("--data", "fashion-mnist", "--fashion-mnist-dir", data.toString(), "--epochs", "2",
                "--output", dir.resolve("out").toString()), err.toString());
        assertTrue(out.toString().startsWith("Fashion-MNIST: 12 training and 4 test images of 12x8, 10 classes\n"
                + "LeNet: 12x8 images, conv 3x3 1->6 (padding 1), max-pool 2, conv 3x3 6->16 (padding 1), max-pool 2, "
                + "tanh 96->100"), out.toString());
        assertTrue(out.toString().contains("epoch 2/2  train cost "), out.toString());
    }

    @Test
    void missingFashionMnistExitsWithStatusOneAndSaysWhereToGetIt() {
        Path missing = dir.resolve("nowhere");
        assertEquals(1, run("--data", "fashion-mnist", "--fashion-mnist-dir", missing.toString()));
        assertEquals("cannot load Fashion-MNIST: " + missing.resolve("train-images-idx3-ubyte.gz") + " does not exist "
                + "(Debian's dataset-fashion-mnist package installs it in /usr/share/datasets/fashion-mnist; "
                + "--fashion-mnist-dir names another folder, --data digits trains on the bundled digits)\n", err.toString());
    }

    @Test
    void autoTakesTheDigitsWhereFashionMnistIsNotInstalled() {
        assertEquals(0, run("--fashion-mnist-dir", dir.resolve("nowhere").toString(), "--epochs", "1",
                "--output", dir.resolve("out").toString()), err.toString());
        assertTrue(out.toString().startsWith("digits (bundled): "), out.toString());
    }

    @Test
    void badOptionsExitWithStatusTwoAndAOneLineMessage() {
        assertUsageError("--epochs must be at least 1, not 0", "--epochs", "0");
        assertUsageError("--batch-size must be at least 1, not -4", "--batch-size", "-4");
        assertUsageError("--learning-rate must be a positive number, not NaN", "--learning-rate", "NaN");
        assertUsageError("--dropout must be at least 0 and below 1, not 1.0", "--dropout", "1");
        assertUsageError("Invalid value for option '--data': --data must be auto, digits or fashion-mnist, not 'mnist'",
                "--data", "mnist");
        assertUsageError("--fashion-mnist-dir applies only to --data fashion-mnist or auto",
                "--data", "digits", "--fashion-mnist-dir", "x");
    }

    private void assertUsageError(String message, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), err.toString());
        assertEquals(message + "\nRun with --help for the options.\n", err.toString());
    }

    /** Images of 12x8, image i's pixels all 20 i and its label i mod 10, gzip'd as distributed. */
    private static void writeSet(Path dir, String prefix, int count) throws IOException {
        byte[] pixels = new byte[count * 12 * 8];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(pixels, i * 96, (i + 1) * 96, (byte) (20 * i));
            labels[i] = (byte) (i % 10);
        }
        write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), new int[] {count, 12, 8}, pixels);
        write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), new int[] {count}, labels);
    }

    private static void write(Path file, int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream idx = new DataOutputStream(bytes);
        idx.writeInt(0x0800 | dims.length);
        for (int d : dims) {
            idx.writeInt(d);
        }
        idx.write(data);
        idx.flush();
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
            gzip.write(bytes.toByteArray());
        }
    }
}
