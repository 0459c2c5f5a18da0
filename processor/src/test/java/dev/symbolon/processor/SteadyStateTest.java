package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A call once warmed up allocates no arrays beyond its results: work buffers kept per instance,
 * updates written into each shared variable's spare array, and the {@code Into} forms writing into the
 * caller's arrays; the values stay those of fresh arrays, to the bit.
 */
class SteadyStateTest {
    /** What a call may allocate besides arrays of its data's size: shapes, wrappers, reflection. */
    private static final long SMALL = 10_000;

    private static Class<?> elementwise;
    private static Class<?> mlp;

    @BeforeAll
    static void compileModels() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("ElementwiseSum",
                "    public record SumAndSlope(Scalar s, Vector dx) {}",
                "    @Symbolic static SumAndSlope sumAndSlope(Vector x, Vector y) {",
                "        Scalar s = sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x))))));",
                "        return new SumAndSlope(s, grad(s, x));",
                "    }",
                "    @Symbolic static Vector scaled(Vector x, double a) { return x.times(a).plus(1.0); }"));
        assertThat(compilation).succeededWithoutWarnings();
        elementwise = Compilations.load(compilation, "tutorial.CompiledElementwiseSum");
        compilation = compile("-Xlint:all,-processing", symbolicClass("TanhMlp",
                "    @Shared Matrix w1;",
                "    @Shared Vector b1;",
                "    @Shared Matrix w2;",
                "    @Shared Vector b2;",
                "    @Symbolic Scalar train(Matrix x, Matrix target, double rate) {",
                "        Matrix hidden = tanh(dot(x, w1).plus(b1));",
                "        Scalar cost = mean(categoricalCrossentropy(softmax(dot(hidden, w2).plus(b2)), target));",
                "        update(w1, w1.minus(grad(cost, w1).times(rate)));",
                "        update(b1, b1.minus(grad(cost, b1).times(rate)));",
                "        update(w2, w2.minus(grad(cost, w2).times(rate)));",
                "        update(b2, b2.minus(grad(cost, b2).times(rate)));",
                "        return cost;",
                "    }",
                "    @Symbolic Matrix predict(Matrix x) { return softmax(dot(tanh(dot(x, w1).plus(b1)), w2).plus(b2)); }"));
        assertThat(compilation).succeededWithoutWarnings();
        mlp = Compilations.load(compilation, "tutorial.CompiledTanhMlp");

    }

    @Test
    void intoFormOfAnElementwiseGradientAllocatesNoArrays() throws Exception {
        int n = 1_000_000;
        NDArray x = random(1, n);
        NDArray y = random(2, n);
        Object instance = elementwise.getConstructor().newInstance();
        Method value = elementwise.getMethod("sumAndSlope", NDArray.class, NDArray.class);
        Method into = elementwise.getMethod("sumAndSlopeInto", NDArray.class, NDArray.class, record(elementwise));
        Object target = record(elementwise).getConstructors()[0].newInstance(0.0, NDArray.zeros(DType.FLOAT64, n));
        for (int i = 0; i < 5; i++) {
            into.invoke(instance, x, y, target);
            value.invoke(instance, x, y);
        }
        long intoBytes = allocated(() -> into.invoke(instance, x, y, target));
        long valueBytes = allocated(() -> value.invoke(instance, x, y));
        assertThat(intoBytes).isLessThan(SMALL);
        // the measure sees arrays: the value form allocates its gradient
        assertThat(valueBytes).isAtLeast(8L * n);
        Object fresh = value.invoke(instance, x, y);
        Object written = into.invoke(instance, x, y, target);
        assertThat(Generated.component(written, "dx")).isSameInstanceAs(Generated.component(target, "dx"));
        assertThat(Generated.component(written, "dx")).isEqualTo(Generated.component(fresh, "dx"));
        assertThat(Generated.component(written, "s")).isEqualTo(Generated.component(fresh, "s"));
    }

    @Test
    void trainingStepAllocatesOnlySmallObjectsOnceWarm() throws Exception {
        Generated model = mlp(64, 20, 16, 5);
        NDArray x = random(3, 64, 20);
        NDArray target = oneHot(64, 5);
        // warm: the Vector API's kernels allocate a vector per operation until C2 has compiled them,
        // which takes a number of calls that depends on the JIT's queue; up to 20,000 steps of this size
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 40 && least >= SMALL; round++) {
            for (int i = 0; i < 500; i++) {
                train(model, x, target);
            }
            least = Math.min(least, allocated(() -> train(model, x, target)));
        }
        assertThat(least).isLessThan(SMALL);
    }

    @Test
    void doubleBufferedUpdatesEqualFreshArraysBitForBit() {
        Generated reused = mlp(8, 6, 5, 3);
        NDArray target = oneHot(8, 3);
        List<NDArray> snapshots = new ArrayList<>();
        List<NDArray> copies = new ArrayList<>();
        NDArray[] state = {shared(reused, "w1").getValue(), shared(reused, "b1").getValue(),
                shared(reused, "w2").getValue(), shared(reused, "b2").getValue()};
        for (int step = 0; step < 40; step++) {
            NDArray x = random(100 + step, 8, 6);
            // the plain path: a new instance has no spare arrays yet, so its update goes to new arrays
            Generated fresh = new Generated(mlp);
            String[] names = {"w1", "b1", "w2", "b2"};
            for (int i = 0; i < names.length; i++) {
                shared(fresh, names[i]).setValue(state[i]);
            }
            double freshCost = train(fresh, x, target);
            assertThat(train(reused, x, target)).isEqualTo(freshCost);
            NDArray prediction = (NDArray) reused.call("predict", types(NDArray.class), x);
            for (int i = 0; i < names.length; i++) {
                state[i] = shared(fresh, names[i]).getValue();
                assertThat(shared(reused, names[i]).getValue()).isEqualTo(state[i]);
            }
            snapshots.add(shared(reused, "w1").getValue());
            snapshots.add(prediction);
            copies.add(snapshots.get(snapshots.size() - 2).copy());
            copies.add(prediction.copy());
        }
        // what a caller was given never changes afterwards: no spare or work array was handed out
        assertThat(snapshots).isEqualTo(copies);
    }

    @Test
    void workBuffersFollowTheShapesOfEachCall() {
        Generated reused = mlp(8, 6, 5, 3);
        for (int batch : new int[] {8, 3, 0, 8, 1, 8}) {
            NDArray x = random(200 + batch, batch, 6);
            Generated fresh = mlp(8, 6, 5, 3);
            assertThat(reused.call("predict", types(NDArray.class), x))
                    .isEqualTo(fresh.call("predict", types(NDArray.class), x));
        }
    }

    @Test
    void intoTargetOfAnotherShapeSaysWhatToPass() {
        Generated model = new Generated(elementwise);
        NDArray x = random(4, 5);
        ShapeException e = assertThrows(ShapeException.class, () -> model.call("scaledInto",
                types(NDArray.class, double.class, NDArray.class), x, 2.0, NDArray.zeros(DType.FLOAT64, 4)));
        assertThat(e).hasMessageThat().contains("scaledInto: output value has shape [5], but its target has shape"
                + " [4]; pass an array of shape [5]");
        ShapeException rank = assertThrows(ShapeException.class, () -> model.call("scaledInto",
                types(NDArray.class, double.class, NDArray.class), x, 2.0, NDArray.zeros(DType.FLOAT64, 5, 1)));
        assertThat(rank).hasMessageThat().isEqualTo("scaledInto: output value has rank 1, but its target has shape"
                + " [5, 1]; pass a float64 array of rank 1");
    }

    @Test
    void intoTargetOfAnotherDtypeOrSharingAnArgumentIsRefused() {
        Generated model = new Generated(elementwise);
        NDArray x = random(5, 5);
        IllegalArgumentException dtype = assertThrows(IllegalArgumentException.class, () -> model.call("scaledInto",
                types(NDArray.class, double.class, NDArray.class), x, 2.0, NDArray.zeros(DType.FLOAT32, 5)));
        assertThat(dtype).hasMessageThat().isEqualTo("scaledInto: output value is a float64 array, but its target is"
                + " a float32 array of shape [5]; pass a float64 array of rank 1");
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class, () -> model.call("scaledInto",
                types(NDArray.class, double.class, NDArray.class), x, 2.0, x));
        assertThat(shared).hasMessageThat().contains("scaledInto: the target of output value shares its array with an"
                + " argument or another target");
        NullPointerException none = assertThrows(NullPointerException.class, () -> model.call("sumAndSlopeInto",
                types(NDArray.class, NDArray.class, record(elementwise)), x, x, null));
        assertThat(none).hasMessageThat().contains("the target record of sumAndSlopeInto is null");
    }

    @Test
    void intoFormWritesAViewWhereItLiesAndReturnsIt() {
        Generated model = new Generated(elementwise);
        NDArray x = random(6, 3);
        double[] backing = new double[9];
        NDArray middle = NDArray.view(backing, 3, 3);
        Object result = model.call("scaledInto", types(NDArray.class, double.class, NDArray.class), x, 2.0, middle);
        assertThat(result).isSameInstanceAs(middle);
        assertThat(middle).isEqualTo(model.call("scaled", types(NDArray.class, double.class), x, 2.0));
        assertThat(backing[0]).isEqualTo(0.0);
        assertThat(backing[8]).isEqualTo(0.0);
    }

    @Test
    void gradIntoWritesTheGradientsIntoTheCallersArrays() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("Cost",
                "    @Shared Vector w;",
                "    @Grad @Symbolic Scalar cost(Vector x, double scale) { return sum(tanh(x.times(w)).times(scale)); }"));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> type = Compilations.load(compilation, "tutorial.CompiledCost");
        Generated model = new Generated(type);
        shared(model, "w").setValue(new double[] {0.5, -1, 2});
        NDArray x = NDArray.of(new double[] {1, 2, 3});
        Object fresh = model.call("costGrad", types(NDArray.class, double.class), x, 3.0);
        Class<?> record = fresh.getClass();
        RecordComponent[] components = record.getRecordComponents();
        Object[] targets = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            // arrays to write into; the scalars are not read
            targets[i] = components[i].getType() == NDArray.class ? NDArray.zeros(DType.FLOAT64, 3) : -1.0;
        }
        Object target;
        try {
            target = record.getConstructors()[0].newInstance(targets);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        Object dx = Generated.component(target, "x");
        Object dw = Generated.component(target, "w");
        Object written = model.call("costGradInto", types(NDArray.class, double.class, record), x, 3.0, target);
        assertThat(Generated.component(written, "value")).isEqualTo(Generated.component(fresh, "value"));
        assertThat(Generated.component(written, "scale")).isEqualTo(Generated.component(fresh, "scale"));
        assertThat(Generated.component(written, "x")).isSameInstanceAs(dx);
        assertThat(Generated.component(written, "w")).isSameInstanceAs(dw);
        assertThat(dx).isEqualTo(Generated.component(fresh, "x"));
        assertThat(dw).isEqualTo(Generated.component(fresh, "w"));
    }

    @Test
    void methodsThatUseWorkArraysAreSerialized() throws Exception {
        assertThat(Modifier.isSynchronized(mlp.getMethod("predict", NDArray.class).getModifiers())).isTrue();
        // a fused loop whose array is the result uses no work array, so calls may overlap
        assertThat(Modifier.isSynchronized(elementwise.getMethod("scaled", NDArray.class, double.class)
                .getModifiers())).isFalse();
    }

    private interface Call {
        void run() throws Exception;
    }

    /** The bytes this thread allocates during one call, the least of three. */
    private static long allocated(Call call) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = threads.getThreadAllocatedBytes(thread);
            call.run();
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }

    private static Class<?> record(Class<?> generated) {
        for (Class<?> nested : generated.getClasses()) {
            if (nested.isRecord() && nested.getSimpleName().equals("SumAndSlope")) {
                return nested;
            }
        }
        throw new AssertionError("no record SumAndSlope in " + generated);
    }

    private static Generated mlp(int batch, int inputs, int hidden, int classes) {
        Generated model = new Generated(mlp);
        shared(model, "w1").setValue(random(7, inputs, hidden).toDoubleMatrix());
        shared(model, "b1").setValue(new double[hidden]);
        shared(model, "w2").setValue(random(8, hidden, classes).toDoubleMatrix());
        shared(model, "b2").setValue(new double[classes]);
        return model;
    }

    private static double train(Generated model, NDArray x, NDArray target) {
        return (Double) model.call("train", types(NDArray.class, NDArray.class, double.class), x, target, 0.1);
    }

    private static SharedVariable shared(Generated model, String name) {
        return (SharedVariable) model.call(name, types());
    }

    static NDArray random(long seed, int... shape) {
        Random random = new Random(seed);
        double[] data = new double[NDArray.zeros(DType.FLOAT64, shape).size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian();
        }
        return NDArray.wrap(data, shape);
    }

    private static NDArray oneHot(int rows, int classes) {
        double[] data = new double[rows * classes];
        for (int i = 0; i < rows; i++) {
            data[i * classes + i % classes] = 1;
        }
        return NDArray.wrap(data, rows, classes);
    }
}
