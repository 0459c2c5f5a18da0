package dev.symbolon.samples.logistic;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints the test set's scores and confusion matrix, with the classes by name. */
public final class TestReport {
    private TestReport() {
    }

    public static void print(PrintWriter out, BinaryMetrics metrics, String negativeClass, String positiveClass) {
        out.printf(Locale.ROOT, "test accuracy %.4f  precision %.4f  recall %.4f  (positive class: %s, %d test examples)%n",
                metrics.accuracy(), metrics.precision(), metrics.recall(), positiveClass, metrics.total());
        String[] columns = {"predicted " + negativeClass, "predicted " + positiveClass};
        String[] rows = {"actual " + negativeClass, "actual " + positiveClass};
        int[][] counts = {
            {metrics.trueNegatives(), metrics.falsePositives()},
            {metrics.falseNegatives(), metrics.truePositives()},
        };
        int rowWidth = Math.max(rows[0].length(), rows[1].length());
        out.println("confusion matrix:");
        out.printf("  %-" + rowWidth + "s  %s  %s%n", "", columns[0], columns[1]);
        for (int r = 0; r < 2; r++) {
            out.printf("  %-" + rowWidth + "s  %" + columns[0].length() + "d  %" + columns[1].length() + "d%n",
                    rows[r], counts[r][0], counts[r][1]);
        }
    }
}
