package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.executor.ExecutorProvider;
import dev.symbolon.internal.executor.Executors;
import dev.symbolon.runtime.Device;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The provider as device resolution sees it, on whatever machine runs the tests: with a GPU it is
 * present, without one (no libcuda, or no device) it is absent with the driver's reason and {@code
 * auto} falls back to the CPU. Each test checks both cases, whichever this machine is.
 */
class CudaExecutorProviderTest {
    private final CudaExecutorProvider provider = new CudaExecutorProvider();

    @Test
    void providerIsFoundByServiceLoaderAndServesCudaOnly() {
        assertTrue(ServiceLoader.load(ExecutorProvider.class).stream()
                .anyMatch(p -> p.type() == CudaExecutorProvider.class));
        assertTrue(provider.serves(Device.Kind.CUDA));
        assertFalse(provider.serves(Device.Kind.CPU));
    }

    @Test
    void autoTakesTheGpuOnlyWhereTheDriverFindsOne() {
        Device resolved = new Executors(List.of(provider)).resolve(Device.auto());
        assertEquals(provider.isPresent(Device.cuda(0)) ? Device.cuda(0) : Device.cpu(), resolved);
    }

    @Test
    void cudaWithoutADeviceFailsWithTheDriversReason() {
        Executors executors = new Executors(List.of(provider));
        if (provider.isPresent(Device.cuda(0))) {
            assertEquals(Device.cuda(0), executors.resolve(Device.parse("cuda")));
            assertTrue(provider.absenceReason(Device.cuda(0)).startsWith("the CUDA driver reports "));
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> executors.resolve(Device.parse("cuda")));
            String reason = provider.absenceReason(Device.cuda(0));
            assertTrue(e.getMessage().contains("no CUDA device or driver was found (" + reason + ")"), e.getMessage());
            assertFalse(reason.contains("\n"), "one line: " + reason);
        }
    }

    @Test
    void gpuBeyondTheDriversCountIsAbsentNamingIt() {
        Device far = Device.cuda(4096);
        assertFalse(provider.isPresent(far));
        String reason = provider.absenceReason(far);
        if (provider.isPresent(Device.cuda(0))) {
            assertTrue(reason.startsWith("there is no GPU 4096: the CUDA driver reports "), reason);
        } else {
            assertEquals(provider.absenceReason(Device.cuda(0)), reason);
        }
    }

    @Test
    void failedNativeLoadReadsAsOneLineNamingTheMissingLibrary() {
        UnsatisfiedLinkError e = new UnsatisfiedLinkError("Error while loading native library \"JCudaDriver-12.0.0-linux-x86_64\"\n"
                + "Operating system name: Linux\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.0.0-linux-x86_64.so: libcuda.so.1: cannot open"
                + " shared object file: No such file or directory\n");
        assertEquals("UnsatisfiedLinkError: Error while loading native library \"JCudaDriver-12.0.0-linux-x86_64\""
                + " (libcuda.so.1: cannot open shared object file)", CudaProbe.firstLine(e));
    }
}
