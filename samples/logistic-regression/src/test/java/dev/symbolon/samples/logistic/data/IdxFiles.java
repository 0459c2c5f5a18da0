package dev.symbolon.samples.logistic.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, well-formed or not. */
public final class IdxFiles {
    private IdxFiles() {
    }

    /** The bytes of an IDX file of unsigned bytes with these sizes and data. */
    static byte[] idx(int[] dims, byte[] data) throws IOException {
        return idx(0x0800 | dims.length, dims, data);
    }

    /** The bytes of an IDX file with any magic number, for malformed files. */
    static byte[] idx(int magic, int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(data);
        out.flush();
        return bytes.toByteArray();
    }

    static Path writeGzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    /**
     * Writes Fashion-MNIST's four files into {@code dir}, gzip'd: each set holds one image of
     * {@code rows x cols} pixels per label, every pixel equal to that label.
     */
    public static void writeFashionMnist(Path dir, int rows, int cols, byte[] trainLabels, byte[] testLabels) throws IOException {
        writeSet(dir, "train", rows, cols, trainLabels);
        writeSet(dir, "t10k", rows, cols, testLabels);
    }

    private static void writeSet(Path dir, String prefix, int rows, int cols, byte[] labels) throws IOException {
        int pixels = rows * cols;
        byte[] images = new byte[labels.length * pixels];
        for (int i = 0; i < images.length; i++) {
            images[i] = labels[i / pixels];
        }
        writeGzip(dir.resolve(prefix + "-images-idx3-ubyte.gz"), idx(new int[] {labels.length, rows, cols}, images));
        writeGzip(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), idx(new int[] {labels.length}, labels));
    }
}
