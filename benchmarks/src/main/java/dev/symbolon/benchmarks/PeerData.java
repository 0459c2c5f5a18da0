package dev.symbolon.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workloads' data as files, so that the benchmarks and NumPy (benchmarks/peers/compare.py) run on
 * the same numbers: one raw little-endian float64 file per array, row-major, named {@code <name>.bin},
 * in the directory that the system property {@code symbolon.peers.data} names. Without the property
 * the benchmarks make their data in process from fixed seeds instead.
 */
final class PeerData {
    static final String PROPERTY = "symbolon.peers.data";

    private PeerData() {}

    /** The directory of the data files, if the property names one. */
    static Optional<Path> directory() {
        String dir = System.getProperty(PROPERTY, "");
        return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /**
     * Reads {@code <name>.bin} from {@code dir}, which must hold exactly {@code length} doubles.
     *
     * @throws IllegalArgumentException naming the file and both lengths when they differ
     * @throws UncheckedIOException when the file cannot be read
     */
    static double[] read(Path dir, String name, int length) {
        Path file = dir.resolve(name + ".bin");
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != 8L * length) {
                throw new IllegalArgumentException(file + " holds " + bytes.length / 8 + " doubles where the workload"
                        + " needs " + length + "; write the data again with benchmarks/peers/compare.py");
            }
            double[] values = new double[length];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (" + PROPERTY + " = " + dir + ")", e);
        }
    }
}
