package dev.symbolon.runtime;

import static dev.symbolon.runtime.NpyFixtures.fixture;
import static dev.symbolon.runtime.NpyFixtures.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.shape.Shapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .npy} files: NumPy's files read exactly, ours equal to NumPy's byte for byte, bad files refused. */
class NpyTest {
    private static final double[] FLOATS = {1.5, -2.25, Math.PI, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @TempDir
    Path dir;

    @Test
    void readsEachDtypeAsNumPyWroteIt() throws IOException {
        assertEquals(NDArray.of(FLOATS), NDArray.load(fixture("f8.npy")));
        float[] floats = new float[FLOATS.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) FLOATS[i];
        }
        assertEquals(NDArray.of(floats), NDArray.load(fixture("f4.npy")));
        assertEquals(NDArray.of(new int[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456}),
                NDArray.load(fixture("i4.npy")));
        assertEquals(NDArray.of(new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, 42}),
                NDArray.load(fixture("i8.npy")));
        assertEquals(NDArray.of(new boolean[] {true, false, false, true, true, false}), NDArray.load(fixture("b1.npy")));
    }

    @Test
    void readsScalarsEmptyArraysBigEndianAndFortranOrder() throws IOException {
        assertEquals(NDArray.scalar(2.5), NDArray.load(fixture("f8_scalar.npy")));
        assertEquals(NDArray.scalar(-7L), NDArray.load(fixture("i8_scalar_big.npy")));
        assertEquals(NDArray.zeros(DType.FLOAT64, 0, 3), NDArray.load(fixture("f8_empty_0x3.npy")));
        assertEquals(NDArray.of(new double[][] {{0, 0.25, 0.5}, {0.75, 1, 1.25}}), NDArray.load(fixture("f8_2x3_big.npy")));
        assertEquals(NDArray.of(new float[][] {{0, 1, 2}, {3, 4, 5}}), NDArray.load(fixture("f4_2x3_fortran.npy")));
        assertEquals(NDArray.of(new boolean[][] {{true, false}, {false, false}}), NDArray.load(fixture("b1_2x2_fortran.npy")));
        int[] counting = new int[24];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = i - 12;
        }
        assertEquals(NDArray.wrap(counting, 2, 3, 4), NDArray.load(fixture("i4_2x3x4_fortran_big.npy")));
    }

    @Test
    void readsHeaderVersionsTwoAndThree() throws IOException {
        assertEquals(NDArray.of(new double[] {1, 2, 3}), NDArray.load(fixture("f8_version2.npy")));
        assertEquals(NDArray.of(new double[] {1, 2, 3}), NDArray.load(fixture("f8_version3.npy")));
    }

    @Test
    void writesTheBytesNumPyWrites() throws IOException {
        for (String name : List.of("f8.npy", "f4.npy", "i4.npy", "i8.npy", "b1.npy", "f8_scalar.npy", "f8_empty_0x3.npy")) {
            Path ours = dir.resolve(name);
            NDArray.load(fixture(name)).save(ours);
            assertArrayEquals(Files.readAllBytes(fixture(name)), Files.readAllBytes(ours), name);
        }
    }

    @Test
    void everyDtypeAndRankFromZeroToFourRoundTrips() throws IOException {
        for (DType dtype : DType.values()) {
            for (int[] shape : new int[][] {{}, {5}, {0}, {2, 3}, {3, 0}, {2, 3, 4}, {2, 1, 3, 2}, {0, 2, 2, 2}}) {
                NDArray array = counting(dtype, shape);
                Path file = dir.resolve("a.npy");
                array.save(file);
                assertEquals(array, NDArray.load(file), dtype + " " + Shapes.format(shape));
                assertEquals(0, dataOffset(Files.readAllBytes(file)) % 64, "the data starts at a multiple of 64");
            }
        }
    }

    @Test
    void aHeaderTooLongForVersionOneIsWrittenAsVersionTwo() throws IOException {
        int[] shape = new int[30000];
        Arrays.fill(shape, 1);
        NDArray array = NDArray.wrap(new double[] {4.5}, shape);
        Path file = dir.resolve("long-header.npy");
        array.save(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(2, bytes[6]);
        assertEquals(0, dataOffset(bytes) % 64);
        assertEquals('\n', bytes[dataOffset(bytes) - 1]);
        assertEquals(array, NDArray.load(file));
    }

    @Test
    void arraysLargerThanTheBufferRoundTrip() throws IOException {
        NDArray array = counting(DType.FLOAT64, 300, 301);
        Path file = dir.resolve("large.npy");
        array.save(file);
        assertEquals(array, NDArray.load(file));
        assertEquals(128 + 300 * 301 * 8, Files.size(file));
    }

    @Test
    void pythonObjectsAreRefusedWithoutReadingThePickle() {
        assertRefused(fixture("object.npy"), "holds Python objects", "pickles are never read");
    }

    @Test
    void unsupportedDtypesAreRefusedByName() {
        assertRefused(fixture("c16.npy"), "dtype '<c16' is not supported", "float64 '<f8'");
        assertRefused(fixture("u1.npy"), "dtype '|u1' is not supported");
        assertRefused(fixture("structured.npy"), "structured dtype", "'x'");
    }

    @Test
    void aFileWithoutTheMagicStringIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("text.npy"), "x,y\n1,2\n");
        assertRefused(file, "not a .npy file");
        assertRefused(Files.write(dir.resolve("empty.npy"), new byte[0]), "truncated", "it is empty");
    }

    @Test
    void truncatedFilesAreRefused() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("f8.npy"));
        assertRefused(Files.write(dir.resolve("data.npy"), Arrays.copyOf(whole, whole.length - 3)),
                "truncated", "45 of the 48 data bytes");
        assertRefused(Files.write(dir.resolve("header.npy"), Arrays.copyOf(whole, 60)), "truncated", "the header");
        // a huge shape and no data: refused before an array of that size is allocated
        assertRefused(Files.write(dir.resolve("huge.npy"),
                npy("{'descr': '<f8', 'fortran_order': False, 'shape': (200000000,), }", new byte[0])),
                "truncated", "0 of the 1600000000 data bytes");
    }

    @Test
    void shapesWithMoreElementsThanAJavaArrayAreRefused() throws IOException {
        assertRefused(Files.write(dir.resolve("big.npy"),
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (65536, 65536), }", new byte[0])),
                "shape (65536, 65536) has more elements than a Java array holds");
        assertRefused(Files.write(dir.resolve("huge.npy"),
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999,), }", new byte[0])),
                "dimension 99999999999999999999999");
        assertRefused(Files.write(dir.resolve("negative.npy"),
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, -1), }", new byte[0])),
                "negative dimension");
    }

    @Test
    void headersThatAreNotNumPysDictAreRefused() throws IOException {
        assertRefused(Files.write(dir.resolve("call.npy"), npy("{'descr': __import__('os'), }", new byte[0])),
                "is not a dict as NumPy writes it");
        assertRefused(Files.write(dir.resolve("keys.npy"), npy("{'descr': '<f8', 'shape': (1,), }", new byte[8])),
                "the .npy header has the keys");
        byte[] version = Files.readAllBytes(fixture("f8.npy"));
        version[6] = 4;
        assertRefused(Files.write(dir.resolve("version.npy"), version), "version 4.0 is not one of 1.0, 2.0 and 3.0");
    }

    private static void assertRefused(Path file, String... phrases) {
        IOException e = assertThrows(IOException.class, () -> NDArray.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + phrase + "' in: " + e.getMessage());
        }
    }

    private static int dataOffset(byte[] npy) {
        return new String(npy, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
    }

    /** An array of this dtype and shape holding 1, 2, 3, ... (odd and even for bool), negative halves for floats. */
    static NDArray counting(DType dtype, int... shape) {
        double[] values = new double[Shapes.size(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 2 == 0 ? 1 : -1) * (i + 1) * (dtype.isFloat() ? 0.5 : 1);
        }
        return NDArray.wrap(values, shape).astype(dtype);
    }
}
