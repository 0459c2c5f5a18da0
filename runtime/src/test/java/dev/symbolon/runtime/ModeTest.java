package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModeTest {

    @Test
    void parsesNormalAndDebugIgnoringCase() {
        assertEquals(Mode.DEBUG, Mode.parse(" Debug "));
        assertEquals(Mode.NORMAL, Mode.parse("normal"));
        var e = assertThrows(IllegalArgumentException.class, () -> Mode.parse("verbose"));
        assertEquals("mode 'verbose' is not a mode: write normal or debug", e.getMessage());
    }

    @Test
    void configuredPrefersThePropertyThenTheEnvironmentThenNormal() {
        assertEquals(Mode.DEBUG, Mode.configured("debug", "normal"));
        assertEquals(Mode.DEBUG, Mode.configured(null, "debug"));
        assertEquals(Mode.NORMAL, Mode.configured(null, null));
    }

    @Test
    void configuredReadsTheSystemProperty() {
        String before = System.getProperty(Mode.PROPERTY);
        try {
            System.setProperty(Mode.PROPERTY, "debug");
            assertEquals(Mode.DEBUG, Mode.configured());
        } finally {
            if (before == null) {
                System.clearProperty(Mode.PROPERTY);
            } else {
                System.setProperty(Mode.PROPERTY, before);
            }
        }
    }
}
