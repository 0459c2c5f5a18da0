package dev.symbolon.runtime;

import static dev.symbolon.runtime.NpyFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared variables saved together and loaded all or nothing. */
class SharedStateTest {
    @TempDir
    Path dir;

    private final SharedVariable w = new SharedVariable("w", DType.FLOAT64, 1);
    private final SharedVariable b = new SharedVariable("b", DType.FLOAT64, 0);
    private final SharedVariable steps = new SharedVariable("steps", DType.INT64, 0);
    private final SharedVariable mask = new SharedVariable("mask", DType.BOOL, 2);
    private SharedState state;

    @BeforeEach
    void setUp() {
        w.setValue(new double[] {1, 2});
        b.setValue(-3.5);
        steps.setValue(7);
        mask.setValue(NDArray.of(new boolean[][] {{true}}));
        state = SharedState.of(w, b, steps, mask);
    }

    @Test
    void loadingWhatWasSavedRestoresEveryVariable() throws IOException {
        Path file = dir.resolve("state.npz");
        state.save(file);
        assertEquals(List.of("w", "b", "steps", "mask"), List.copyOf(NDArray.loadAll(file).keySet()));
        Map<String, NDArray> saved = values();

        w.setValue(new double[] {9, 9, 9});
        b.setValue(0.0);
        steps.setValue(0);
        mask.setValue(NDArray.of(new boolean[][] {{false, false}}));
        state.load(file);
        assertEquals(saved, values());
    }

    @Test
    void readsAStateNumPyWrote() throws IOException {
        state.load(fixture("state.npz"));
        assertEquals(NDArray.of(new double[] {0.5, -1.25, 3.0}), w.getValue());
        assertEquals(0.75, b.doubleValue());
        assertEquals(100, steps.longValue());
        assertEquals(NDArray.of(new boolean[][] {{true, false}, {false, true}}), mask.getValue());
    }

    @Test
    void aMissingEntryChangesNothing() throws IOException {
        Path file = save("missing.npz", Map.of("w", NDArray.of(new double[] {5})));
        assertRefusedUnchanged(file, "it has no entry 'b' (its entries: w)");
    }

    @Test
    void anEntryOfAnotherDtypeChangesNothing() throws IOException {
        Map<String, NDArray> entries = values();
        entries.put("steps", NDArray.scalar(7));
        assertRefusedUnchanged(save("dtype.npz", entries), "entry 'steps' holds int32, but shared variable 'steps' holds int64");
    }

    @Test
    void anEntryOfAnotherRankChangesNothing() throws IOException {
        Map<String, NDArray> entries = values();
        entries.put("b", NDArray.of(new double[] {1}));
        assertRefusedUnchanged(save("rank.npz", entries), "entry 'b' has rank 1 (shape (1,)), but shared variable 'b' has rank 0");
    }

    @Test
    void anEntryOfNoVariableChangesNothing() throws IOException {
        Map<String, NDArray> entries = values();
        entries.put("v", NDArray.scalar(1.0));
        assertRefusedUnchanged(save("extra.npz", entries), "entry 'v' is not one of the variables w, b, steps, mask");
    }

    @Test
    void aDamagedFileChangesNothing() throws IOException {
        Path file = dir.resolve("state.npz");
        state.save(file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 30));
        Map<String, NDArray> before = values();
        IOException e = assertThrows(IOException.class, () -> state.load(file));
        assertTrue(e.getMessage().startsWith(file + ": not an .npz file"), e.getMessage());
        assertEquals(before, values());
    }

    @Test
    void savingAVariableWithoutAValueWritesNothing() {
        SharedVariable unset = new SharedVariable("v", DType.FLOAT32, 1);
        Path file = dir.resolve("unset.npz");
        assertThrows(IllegalStateException.class, () -> SharedState.of(w, unset).save(file));
        assertTrue(Files.notExists(file));
    }

    @Test
    void twoVariablesOfOneNameAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedState.of(w, new SharedVariable("w", DType.FLOAT64, 0)));
        assertEquals("two shared variables are named 'w'", e.getMessage());
    }

    private void assertRefusedUnchanged(Path file, String problem) {
        Map<String, NDArray> before = values();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> state.load(file));
        assertEquals("cannot load state from " + file + ": " + problem + "; nothing was changed", e.getMessage());
        assertEquals(before, values());
    }

    private Path save(String name, Map<String, NDArray> entries) throws IOException {
        Path file = dir.resolve(name);
        NDArray.saveAll(file, entries);
        return file;
    }

    private Map<String, NDArray> values() {
        Map<String, NDArray> values = new LinkedHashMap<>();
        for (SharedVariable v : List.of(w, b, steps, mask)) {
            values.put(v.name(), v.getValue());
        }
        return values;
    }
}
