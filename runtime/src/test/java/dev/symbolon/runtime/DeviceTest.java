package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.device.DeviceProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceTest {

    /** A CUDA back end with the given number of GPUs. */
    private record FakeCuda(int gpus) implements DeviceProvider {
        @Override
        public boolean isAvailable(int ordinal) {
            return ordinal < gpus;
        }

        @Override
        public String unavailableReason() {
            return "the CUDA driver found " + gpus + " GPUs";
        }
    }

    @Test
    void parsesEveryAcceptedForm() {
        assertEquals(Device.cpu(), Device.parse("cpu"));
        assertEquals(Device.cuda(0), Device.parse("cuda"));
        assertEquals(Device.cuda(2), Device.parse("cuda:2"));
        assertEquals(Device.auto(), Device.parse("auto"));
        assertEquals(Device.cuda(1), Device.parse("  CUDA:1 "));
        assertEquals(Device.cpu(), Device.parse("Cpu"));
    }

    @Test
    void printsWhatParseReadsBack() {
        assertEquals("cpu", Device.cpu().toString());
        assertEquals("cuda:3", Device.cuda(3).toString());
        assertEquals("auto", Device.auto().toString());
        assertEquals(Device.Kind.CUDA, Device.cuda(3).kind());
        assertEquals(3, Device.cuda(3).ordinal());
        assertTrue(Device.cuda(3).isCuda());
        assertTrue(Device.cpu().isCpu());
    }

    @Test
    void refusesAnythingElseListingTheAcceptedForms() {
        for (String text : new String[] {"gpu", "cuda:", "cuda:-1", "cuda:x", "", "cuda:99999999999"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Device.parse(text));
            assertEquals("device '" + text + "' is not a device: write cpu, cuda, cuda:N (N = 0, 1, ...) or auto",
                    e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Device.cuda(-1));
    }

    @Test
    void configuredPrefersThePropertyThenTheEnvironmentThenCpu() {
        assertEquals(Device.cuda(1), Device.configured("cuda:1", "auto"));
        assertEquals(Device.auto(), Device.configured(null, "auto"));
        assertEquals(Device.auto(), Device.configured(" ", "auto"));
        assertEquals(Device.cpu(), Device.configured(null, null));
        var e = assertThrows(IllegalArgumentException.class, () -> Device.configured(null, "tpu"));
        assertTrue(e.getMessage().startsWith("environment variable SYMBOLON_DEVICE 'tpu' is not a device"));
    }

    @Test
    void configuredReadsTheSystemProperty() {
        String before = System.getProperty(Device.PROPERTY);
        try {
            System.setProperty(Device.PROPERTY, "cuda:4");
            assertEquals(Device.cuda(4), Device.configured());
            System.setProperty(Device.PROPERTY, "nonsense");
            var e = assertThrows(IllegalArgumentException.class, Device::configured);
            assertTrue(e.getMessage().startsWith("system property symbolon.device 'nonsense' is not a device"));
        } finally {
            if (before == null) {
                System.clearProperty(Device.PROPERTY);
            } else {
                System.setProperty(Device.PROPERTY, before);
            }
        }
    }

    @Test
    void autoTakesCudaOnlyWhenAProviderHasIt() {
        assertEquals(Device.cuda(0), Device.auto().resolve(List.of(new FakeCuda(1))));
        assertEquals(Device.cpu(), Device.auto().resolve(List.of(new FakeCuda(0))));
        assertEquals(Device.cpu(), Device.auto().resolve(List.of()));
    }

    @Test
    void cpuAndAvailableCudaResolveToThemselves() {
        assertSame(Device.cpu(), Device.cpu().resolve(List.of()));
        assertEquals(Device.cuda(1), Device.cuda(1).resolve(List.of(new FakeCuda(2))));
    }

    @Test
    void cudaWithoutAnExecutorFailsSayingWhatToUseInstead() {
        var e = assertThrows(IllegalStateException.class, () -> Device.cuda(0).resolve(List.of()));
        assertEquals("device cuda:0 asks for a CUDA GPU, but none is available: no CUDA executor is on the class "
                + "path (this version of Symbolon has none yet; it will come in dev.symbolon:symbolon-runtime-cuda). Use cpu, "
                + "or auto to take CUDA only where present (system property symbolon.device or environment "
                + "variable SYMBOLON_DEVICE)", e.getMessage());
    }

    @Test
    void cudaWithoutTheGpuFailsWithTheProvidersReason() {
        var e = assertThrows(IllegalStateException.class, () -> Device.cuda(1).resolve(List.of(new FakeCuda(1))));
        assertTrue(e.getMessage().startsWith(
                "device cuda:1 asks for a CUDA GPU, but none is available: the CUDA driver found 1 GPUs. Use cpu"));
    }

    @Test
    void thisClassPathHasNoCudaProvider() {
        assertEquals(Device.cpu(), Device.auto().resolve());
        assertThrows(IllegalStateException.class, () -> Device.parse("cuda").resolve());
    }
}
