package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void withoutATerminalPrintsOnlyTheLines() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), 200, false);
        progress.step(1);
        progress.report(20, 0.5, 0.875, 0.625);
        progress.step(20);
        progress.finish();
        assertEquals(String.format("step  20/200  train cost 0.5000  train accuracy 0.8750  test cost 0.6250%n"), text.toString());
    }

    @Test
    void onATerminalRedrawsTheBarInPlaceAndClearsItForLines() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), 10, true);
        progress.step(5);
        progress.step(5);
        String bar = "\r[" + "#".repeat(15) + " ".repeat(15) + "]  5/10";
        assertEquals(bar, text.toString(), "drawn once, not again while unchanged");
        progress.report(5, 0.1, 0.9, 0.2);
        String out = text.toString();
        assertTrue(out.startsWith(bar + "\r" + " ".repeat(38) + "\rstep  5/10"), out);
        progress.finish();
        assertFalse(text.toString().endsWith("]  5/10"));
    }
}
