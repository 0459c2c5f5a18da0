package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceTest {

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
    void thisClassPathHasNoCudaProvider() {
        assertEquals(Device.cpu(), Device.auto().resolve());
        assertThrows(IllegalStateException.class, () -> Device.parse("cuda").resolve());
    }
}
