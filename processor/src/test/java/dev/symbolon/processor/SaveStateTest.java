package dev.symbolon.processor;

import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saveState} and {@code loadState} of generated classes: training resumed from a file as if never stopped. */
class SaveStateTest {
    private static final NDArray X = NDArray.of(new double[][] {{1, 2}, {-1, 0.5}, {0.3, -2}, {2, 1}});
    private static final NDArray Y = NDArray.of(new double[] {1, 0, 0, 1});
    private static final List<String> FIELDS = List.of("w", "b", "scale", "steps");

    private static Class<?> trainer;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTrainer() {
        trainer = Compilations.load(compile(symbolicClass("Trainer",
                "    @Shared Vector w;",
                "    @Shared Scalar b;",
                "    @Shared @Float32 Matrix scale;",
                "    @Shared @Int64 Scalar steps;",
                "    @Symbolic Scalar train(Matrix x, Vector y, double rate) {",
                "        Scalar cost = mean(binaryCrossentropy(sigmoid(dot(x, w).plus(b)), y));",
                "        update(w, w.minus(grad(cost, w).times(rate)));",
                "        update(b, b.minus(grad(cost, b).times(rate)));",
                "        update(steps, steps.plus(1));",
                "        return cost;",
                "    }")), "tutorial.CompiledTrainer");
    }

    @Test
    void trainingResumedFromASavedStateEndsWhereUninterruptedTrainingEnds() throws Exception {
        Object uninterrupted = fresh();
        train(uninterrupted, 20);

        Object first = fresh();
        train(first, 10);
        Path file = dir.resolve("state.npz");
        saveState(first, file);
        Object resumed = newInstance(trainer);
        loadState(resumed, file);
        assertEquals(values(first), values(resumed));
        train(resumed, 10);

        assertEquals(values(uninterrupted), values(resumed));
        assertEquals(20, variable(resumed, "steps").longValue());
        assertEquals(FIELDS, List.copyOf(NDArray.loadAll(file).keySet()));
    }

    @Test
    void aStateThatDoesNotFitChangesNothing() throws Exception {
        Object model = fresh();
        Map<String, NDArray> saved = values(model);
        Map<String, NDArray> entries = new LinkedHashMap<>(saved);
        entries.put("scale", NDArray.of(new double[][] {{2}}));
        Path file = dir.resolve("float64-scale.npz");
        NDArray.saveAll(file, entries);
        train(model, 1);
        Map<String, NDArray> before = values(model);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loadState(model, file));
        assertEquals("cannot load state from " + file + ": entry 'scale' holds float64, but shared variable 'scale' "
                + "holds float32; nothing was changed", e.getMessage());
        assertEquals(before, values(model));

        Path damaged = Files.write(dir.resolve("damaged.npz"), new byte[] {'P', 'K', 3, 4, 0});
        IOException damage = assertThrows(IOException.class, () -> loadState(model, damaged));
        assertTrue(damage.getMessage().startsWith(damaged + ": not an .npz file"), damage.getMessage());
        assertEquals(before, values(model));
    }

    @Test
    void aClassWithoutSharedFieldsSavesAnEmptyArchive() throws Exception {
        Object plain = newInstance(Compilations.load(compile(symbolicClass("Plain",
                "    @Symbolic static double twice(double x) { return x * 2; }")), "tutorial.CompiledPlain"));
        Path file = dir.resolve("plain.npz");
        saveState(plain, file);
        assertEquals(Map.of(), NDArray.loadAll(file));
        loadState(plain, file);
    }

    @Test
    void aFieldNamedLikeTheParameterAndARecordNamedPathDoNotConfuseTheStateMethods() throws Exception {
        Object model = newInstance(Compilations.load(compile(symbolicClass("Files",
                "    @Shared Scalar file;",
                "    @Symbolic Scalar read() { return file; }",
                "    public record Path(Scalar file, Scalar twice) {}",
                "    @Symbolic Path both() { return new Path(file, file.times(2)); }")), "tutorial.CompiledFiles"));
        variable(model, "file").setValue(2.5);
        Path path = dir.resolve("file.npz");
        saveState(model, path);
        assertEquals(Map.of("file", NDArray.scalar(2.5)), NDArray.loadAll(path));
        variable(model, "file").setValue(0.0);
        loadState(model, path);
        assertEquals(2.5, variable(model, "file").doubleValue());
    }

    private static Object newInstance(Class<?> type) throws Exception {
        return type.getConstructor().newInstance();
    }

    private static Object fresh() throws Exception {
        Object model = newInstance(trainer);
        variable(model, "w").setValue(new double[] {0.1, -0.2});
        variable(model, "b").setValue(0.05);
        variable(model, "scale").setValue(new float[][] {{1.5f, 2}});
        return model;
    }

    private static void train(Object model, int steps) throws Exception {
        for (int i = 0; i < steps; i++) {
            call(model, "train", new Class<?>[] {NDArray.class, NDArray.class, double.class}, X, Y, 0.5);
        }
    }

    private static Map<String, NDArray> values(Object model) throws Exception {
        Map<String, NDArray> values = new LinkedHashMap<>();
        for (String name : FIELDS) {
            values.put(name, variable(model, name).getValue());
        }
        return values;
    }

    private static SharedVariable variable(Object model, String name) throws Exception {
        return (SharedVariable) call(model, name, new Class<?>[0]);
    }

    private static void saveState(Object model, Path file) throws Exception {
        call(model, "saveState", new Class<?>[] {Path.class}, file);
    }

    private static void loadState(Object model, Path file) throws Exception {
        call(model, "loadState", new Class<?>[] {Path.class}, file);
    }

    /** Calls a public method as the user would, so that what it throws (IOException too) reaches the test. */
    private static Object call(Object model, String name, Class<?>[] types, Object... args) throws Exception {
        try {
            return model.getClass().getMethod(name, types).invoke(model, args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
