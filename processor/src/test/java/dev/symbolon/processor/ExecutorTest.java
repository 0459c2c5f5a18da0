package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated classes on a device served by an executor: {@code cuda:0}, which this module's tests
 * serve with {@link InterpreterExecutorProvider}, against the same classes on the CPU.
 */
class ExecutorTest {
    private static final JavaFileObject ACCUMULATOR = symbolicClass("Accumulator",
            "    @Shared Vector total;",
            "    @Shared @Int32 Scalar calls;",
            "    @Symbolic Scalar accumulate(Vector x) {",
            "        update(total, total.plus(x));",
            "        update(calls, calls.plus(1));",
            "        return sum(total);",
            "    }",
            "    @Symbolic void add(Vector x) { update(total, total.plus(x)); }",
            "    @Symbolic static int quotient(int a, int b) { return a / b; }");
    private static final double[][] X = {{1, 2}, {3, 4}, {-1, 0.5}};
    private static final double[] Y = {1, 0, 1};

    private static Class<?> logisticRegression;
    private static Class<?> accumulator;

    @BeforeAll
    static void compileClasses() {
        Compilation compilation = compile(LanguageTest.LOGISTIC_REGRESSION, ACCUMULATOR);
        assertThat(compilation).succeededWithoutWarnings();
        logisticRegression = Compilations.load(compilation, "tutorial.CompiledLogisticRegression");
        accumulator = Compilations.load(compilation, "tutorial.CompiledAccumulator");
    }

    @Test
    void trainingOnTheExecutorGivesTheCpusResultsAndUpdates() {
        Generated cpu = Generated.on(Device.cpu(), logisticRegression);
        Generated cuda = Generated.on(Device.cuda(0), logisticRegression);
        for (Generated model : new Generated[] {cpu, cuda}) {
            shared(model, "w").setValue(new double[] {0.25, -0.5});
            shared(model, "b").setValue(0.125);
        }
        int before = InterpreterExecutorProvider.calls("train");
        for (int step = 0; step < 3; step++) {
            Object onCpu = cpu.call("train", types(double[][].class, double[].class), X, Y);
            Object onCuda = cuda.call("train", types(double[][].class, double[].class), X, Y);
            assertThat((double) component(onCuda, "cost")).isWithin(1e-12).of((double) component(onCpu, "cost"));
            assertThat(((NDArray) component(onCuda, "prediction")).toDoubleArray()).usingTolerance(1e-12)
                    .containsExactly(((NDArray) component(onCpu, "prediction")).toDoubleArray()).inOrder();
        }
        assertThat(InterpreterExecutorProvider.calls("train") - before).isEqualTo(3);
        assertThat(shared(cuda, "w").getValue().toDoubleArray()).usingTolerance(1e-12)
                .containsExactly(shared(cpu, "w").getValue().toDoubleArray()).inOrder();
        assertThat(shared(cuda, "b").doubleValue()).isWithin(1e-12).of(shared(cpu, "b").doubleValue());

        Object gradOnCpu = cpu.call("costGrad", types(NDArray.class, NDArray.class), NDArray.of(X), NDArray.of(Y));
        Object gradOnCuda = cuda.call("costGrad", types(NDArray.class, NDArray.class), NDArray.of(X), NDArray.of(Y));
        assertThat(((NDArray) component(gradOnCuda, "w")).toDoubleArray()).usingTolerance(1e-12)
                .containsExactly(((NDArray) component(gradOnCpu, "w")).toDoubleArray()).inOrder();
        assertThat((double) component(gradOnCuda, "b")).isWithin(1e-12).of((double) component(gradOnCpu, "b"));
    }

    @Test
    void voidMethodsAndIntegerStateUpdateOnTheExecutor() {
        Generated model = Generated.on(Device.cuda(0), accumulator);
        shared(model, "total").setValue(new double[] {1, 2});
        model.call("add", types(double[].class), new double[] {10, 20});
        assertThat((double) model.call("accumulate", types(double[].class), new double[] {100, 200}))
                .isEqualTo(33.0);
        assertThat(shared(model, "total").getValue().toDoubleArray()).usingExactEquality().containsExactly(111.0, 222.0).inOrder();
        assertThat(shared(model, "calls").intValue()).isEqualTo(1);
        assertThat((int) model.call("quotient", types(int.class, int.class), -7, 2)).isEqualTo(-3);
        assertThrows(ArithmeticException.class, () -> model.call("quotient", types(int.class, int.class), 1, 0));
    }

    /**
     * The executor's own shape error (here the interpreter's words for the problem) gets the CPU's
     * call description and names the same op and line.
     */
    @Test
    void aShapeErrorOnTheExecutorNamesTheCallOpAndLineAndChangesNoSharedVariable() {
        String[] messages = new String[2];
        Device[] devices = {Device.cpu(), Device.cuda(0)};
        for (int i = 0; i < devices.length; i++) {
            Generated model = Generated.on(devices[i], logisticRegression);
            shared(model, "w").setValue(new double[] {1, 2});
            messages[i] = assertThrows(ShapeException.class, () -> model.call("train",
                    types(double[][].class, double[].class), X, new double[] {1, 0})).getMessage();
            assertThat(shared(model, "w").getValue().toDoubleArray()).usingExactEquality().containsExactly(1.0, 2.0).inOrder();
        }
        for (String message : messages) {
            assertThat(message).startsWith("train(x: [3, 2], y: [2]) with shared w: [2]: mul: ");
            assertThat(message).endsWith(" at LogisticRegression.java:18");
        }
    }

    @Test
    void anUnsetSharedVariableIsNamedBeforeTheExecutorRuns() {
        Generated model = Generated.on(Device.cuda(0), accumulator);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> model.call("add", types(double[].class), new double[] {1}));
        assertThat(e).hasMessageThat().contains("shared variable 'total' has no value yet");
    }

    @Test
    void cudaOfAGpuTheExecutorLacksSaysNoDeviceOrDriverWasFound() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Generated.on(Device.cuda(1), accumulator));
        assertThat(e).hasMessageThat().isEqualTo("device cuda:1 asks for a CUDA GPU, but no CUDA device or driver was"
                + " found (the test executor has only GPU 0). Check the GPU and its driver, or use cpu, or auto to take"
                + " CUDA only where present (system property symbolon.device or environment variable SYMBOLON_DEVICE)");
    }

    @Test
    void autoTakesAPresentGpu() {
        Generated model = Generated.on(Device.auto(), accumulator);
        assertThat(model.call("device", types())).isEqualTo(Device.cuda(0));
    }

    private static SharedVariable shared(Generated model, String name) {
        return (SharedVariable) model.call(name, types());
    }
}
