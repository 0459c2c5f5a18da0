package dev.symbolon.samples.logistic;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows training as it goes: a line with the costs and accuracy at intervals and, on a terminal, a
 * progress bar redrawn in place with a carriage return. Output to a file or a pipe gets only the
 * lines, which stay readable there.
 */
public final class Progress {
    static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final int steps;
    private final boolean bar;
    private int drawn = -1;

    /**
     * @param bar whether to draw the bar, true only when {@code out} is a terminal
     */
    public Progress(PrintWriter out, int steps, boolean bar) {
        this.out = out;
        this.steps = steps;
        this.bar = bar;
    }

    /** Records that {@code done} of the steps are finished; redraws the bar when it grows. */
    public void step(int done) {
        if (!bar) {
            return;
        }
        int filled = (int) ((long) done * BAR_WIDTH / steps);
        if (filled != drawn) {
            drawn = filled;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%" + digits() + "d/%d", done, steps));
            out.flush();
        }
    }

    /** A line for this step (1-based), describing the weights before its update. */
    public void report(int step, double trainCost, double trainAccuracy, double testCost) {
        clearBar();
        out.printf(Locale.ROOT, "step %" + digits() + "d/%d  train cost %.4f  train accuracy %.4f  test cost %.4f%n",
                step, steps, trainCost, trainAccuracy, testCost);
        out.flush();
    }

    /** Removes the bar, so that what follows starts on a clean line. */
    public void finish() {
        clearBar();
        out.flush();
    }

    private void clearBar() {
        if (drawn >= 0) {
            out.print("\r" + " ".repeat(BAR_WIDTH + 4 + 2 * digits()) + "\r");
            drawn = -1;
        }
    }

    private int digits() {
        return Integer.toString(steps).length();
    }
}
