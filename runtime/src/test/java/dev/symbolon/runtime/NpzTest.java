package dev.symbolon.runtime;

import static dev.symbolon.runtime.NpyFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .npz} archives: NumPy's savez and savez_compressed read in order, ours laid out as savez lays them out. */
class NpzTest {
    @TempDir
    Path dir;

    @Test
    void readsSavezAndSavezCompressedInTheirOrder() throws IOException {
        for (String name : List.of("state.npz", "state_compressed.npz")) {
            Map<String, NDArray> arrays = NDArray.loadAll(fixture(name));
            assertEquals(List.of("w", "b", "steps", "mask"), List.copyOf(arrays.keySet()), name);
            assertEquals(NDArray.of(new double[] {0.5, -1.25, 3.0}), arrays.get("w"));
            assertEquals(NDArray.scalar(0.75), arrays.get("b"));
            assertEquals(NDArray.scalar(100L), arrays.get("steps"));
            assertEquals(NDArray.of(new boolean[][] {{true, false}, {false, true}}), arrays.get("mask"));
        }
    }

    @Test
    void writesStoredNpyEntriesInTheMapsOrderAsSavezDoes() throws IOException {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        arrays.put("w", NDArray.of(new double[] {0.5, -1.25, 3.0}));
        arrays.put("b", NDArray.scalar(0.75));
        arrays.put("steps", NDArray.scalar(100L));
        arrays.put("mask", NDArray.of(new boolean[][] {{true, false}, {false, true}}));
        Path file = dir.resolve("state.npz");
        NDArray.saveAll(file, arrays);

        assertEquals(arrays, NDArray.loadAll(file));
        assertEquals(List.copyOf(arrays.keySet()), List.copyOf(NDArray.loadAll(file).keySet()));
        try (ZipFile ours = new ZipFile(file.toFile()); ZipFile numpys = new ZipFile(fixture("state.npz").toFile())) {
            for (ZipEntry entry : Collections.list(numpys.entries())) {
                ZipEntry mine = ours.getEntry(entry.getName());
                assertEquals(ZipEntry.STORED, mine.getMethod(), entry.getName());
                assertArrayEquals(numpys.getInputStream(entry).readAllBytes(), ours.getInputStream(mine).readAllBytes(),
                        entry.getName());
            }
        }
    }

    @Test
    void everyDtypeAndRankRoundTripsAndAnEmptyMapToo() throws IOException {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (DType dtype : DType.values()) {
            arrays.put(dtype + "_0", NpyTest.counting(dtype));
            arrays.put(dtype + "_4", NpyTest.counting(dtype, 2, 1, 3, 2));
            arrays.put(dtype + "_empty", NpyTest.counting(dtype, 0, 4));
        }
        Path file = dir.resolve("all.npz");
        NDArray.saveAll(file, arrays);
        assertEquals(arrays, NDArray.loadAll(file));

        NDArray.saveAll(file, Map.of());
        assertEquals(Map.of(), NDArray.loadAll(file));
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        assertRefused(fixture("f8.npy"), fixture("f8.npy") + ": not an .npz file");
        byte[] whole = Files.readAllBytes(fixture("state.npz"));
        Path truncated = Files.write(dir.resolve("truncated.npz"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(truncated, truncated + ": not an .npz file");
    }

    @Test
    void aBadEntryIsNamed() throws IOException {
        Path file = zip("bad.npz", Map.of("w.npy", Files.readAllBytes(fixture("c16.npy"))));
        assertRefused(file, file + " (entry 'w.npy'): dtype '<c16' is not supported");
        byte[] f8 = Files.readAllBytes(fixture("f8.npy"));
        Path cut = zip("cut.npz", Map.of("w.npy", Arrays.copyOf(f8, f8.length - 8)));
        assertRefused(cut, cut + " (entry 'w.npy'): the file is truncated");
        Path other = zip("other.npz", Map.of("notes.txt", new byte[] {'h', 'i'}));
        assertRefused(other, other + ": entry 'notes.txt' is not an .npy file");
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void assertRefused(Path file, String start) {
        IOException e = assertThrows(IOException.class, () -> NDArray.loadAll(file));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
