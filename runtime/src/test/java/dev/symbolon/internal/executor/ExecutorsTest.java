package dev.symbolon.internal.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which device a request resolves to, given the providers, and what the executors they make must return. */
class ExecutorsTest {
    /** A CUDA back end with the given number of GPUs, whose executors return what {@code run} is given. */
    private record FakeCuda(int gpus, Executor executor) implements ExecutorProvider {
        FakeCuda(int gpus) {
            this(gpus, (arguments, shared, draws) -> new Results(List.of(), List.of()));
        }

        @Override
        public boolean serves(Device.Kind kind) {
            return kind == Device.Kind.CUDA;
        }

        @Override
        public boolean isPresent(Device device) {
            return device.ordinal() < gpus;
        }

        @Override
        public String absenceReason(Device device) {
            return "the CUDA driver found " + gpus + " GPUs";
        }

        @Override
        public Executor executor(MethodGraph method, Device device) {
            return executor;
        }
    }

    private static final MethodGraph DOUBLE = new MethodGraph("twice", List.of(new Slot("x", DType.FLOAT64, 1)),
            List.of(), List.of(new Slot("value", DType.FLOAT64, 1)), List.of(), "graph text is not read here");

    @Test
    void autoTakesCudaOnlyWhenAProviderHasIt() {
        assertEquals(Device.cuda(0), new Executors(List.of(new FakeCuda(1))).resolve(Device.auto()));
        assertEquals(Device.cpu(), new Executors(List.of(new FakeCuda(0))).resolve(Device.auto()));
        assertEquals(Device.cpu(), new Executors(List.of()).resolve(Device.auto()));
    }

    /** A GPU whose executor has no kernel for the method's ops. */
    private record CudaWithoutKernels() implements ExecutorProvider {
        @Override
        public boolean serves(Device.Kind kind) {
            return kind == Device.Kind.CUDA;
        }

        @Override
        public boolean isPresent(Device device) {
            return true;
        }

        @Override
        public String absenceReason(Device device) {
            return "present";
        }

        @Override
        public Executor executor(MethodGraph method, Device device) {
            throw new UnsupportedOperationException(method.method() + ": sin at M.java:3 has no CUDA kernel yet");
        }
    }

    @Test
    void autoRunsOnTheCpuWhatTheGpuCannotRunYet() {
        Executors executors = new Executors(List.of(new CudaWithoutKernels()));
        Executors.Placement placement = executors.place(Device.auto(), () -> List.of(DOUBLE));
        assertEquals(Device.cpu(), placement.device());
        assertNull(placement.executors());
    }

    @Test
    void aGpuAskedForByNameRefusesWhatItCannotRun() {
        Executors executors = new Executors(List.of(new CudaWithoutKernels()));
        var e = assertThrows(UnsupportedOperationException.class, () -> executors.place(Device.cuda(0), () -> List.of(DOUBLE)));
        assertEquals("twice: sin at M.java:3 has no CUDA kernel yet", e.getMessage());
    }

    @Test
    void theCpuNeverReadsTheGraphs() {
        Executors.Placement placement = new Executors(List.of(new FakeCuda(0))).place(Device.auto(), () -> {
            throw new AssertionError("the graphs were read for the CPU");
        });
        assertEquals(Device.cpu(), placement.device());
        assertEquals(1, new Executors(List.of(new FakeCuda(1))).place(Device.auto(), () -> List.of(DOUBLE))
                .executors().size());
    }

    @Test
    void cpuAndPresentCudaResolveToThemselves() {
        assertSame(Device.cpu(), new Executors(List.of()).resolve(Device.cpu()));
        assertEquals(Device.cuda(1), new Executors(List.of(new FakeCuda(2))).resolve(Device.cuda(1)));
    }

    @Test
    void cudaWithoutAnExecutorSaysToAddTheCudaRuntime() {
        var e = assertThrows(IllegalStateException.class, () -> new Executors(List.of()).resolve(Device.cuda(0)));
        assertEquals("device cuda:0 asks for a CUDA GPU, but no CUDA executor is on the class path. Add "
                + "dev.symbolon:symbolon-runtime-cuda to the class path, or use cpu, or auto to take CUDA only where "
                + "present (system property symbolon.device or environment variable SYMBOLON_DEVICE)", e.getMessage());
    }

    @Test
    void cudaWithoutTheGpuSaysNoDeviceOrDriverWasFound() {
        var e = assertThrows(IllegalStateException.class,
                () -> new Executors(List.of(new FakeCuda(1))).resolve(Device.cuda(1)));
        assertEquals("device cuda:1 asks for a CUDA GPU, but no CUDA device or driver was found (the CUDA driver "
                + "found 1 GPUs). Check the GPU and its driver, or use cpu, or auto to take CUDA only where present "
                + "(system property symbolon.device or environment variable SYMBOLON_DEVICE)", e.getMessage());
    }

    @Test
    void aResultSharingAnArgumentsDataIsCopied() {
        Executor echo = (arguments, shared, draws) -> new Results(List.of(arguments.get(0).reshape(3)), List.of());
        Executor checked = new Executors(List.of(new FakeCuda(1, echo))).executors(Device.cuda(0), List.of(DOUBLE))
                .get(0);
        NDArray x = NDArray.of(new double[] {1, 2, 3});
        NDArray result = checked.run(List.of(x), List.of(), null).outputs().get(0);
        assertArrayEquals(new double[] {1, 2, 3}, result.toDoubleArray());
        assertNotSame(Internals.doubleData(x), Internals.doubleData(result));
    }

    @Test
    void aResultOfAnotherDtypeIsAnExecutorBug() {
        Executor wrong = (arguments, shared, draws) -> new Results(List.of(NDArray.of(new float[] {1})), List.of());
        Executor checked = new Executors(List.of(new FakeCuda(1, wrong))).executors(Device.cuda(0), List.of(DOUBLE))
                .get(0);
        var e = assertThrows(IllegalStateException.class,
                () -> checked.run(List.of(NDArray.of(new double[] {1})), List.of(), null));
        assertEquals("the cuda:0 executor of twice returned float32 of shape [1] for value: float64 of rank 1: a bug "
                + "in that executor", e.getMessage());
    }
}
