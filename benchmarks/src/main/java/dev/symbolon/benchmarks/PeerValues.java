package dev.symbolon.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what Symbolon computes on the peers' data files, for benchmarks/peers/compare.py to check
 * against NumPy before it compares times: the costs of the first {@value #STEPS} steps of W1, W2 and
 * W4 with the parameters' sums after them, and W3's value with the sum of its gradient. One line per
 * workload, {@code VALUES <workload> <name>=<value> ...}, each value in full precision.
 *
 * <p>Run as {@code java -cp benchmarks.jar dev.symbolon.benchmarks.PeerValues DIR}.
 */
public final class PeerValues {
    static final int STEPS = 3;

    private PeerValues() {}

    /**
     * Prints the values of every workload on the data in the directory {@code args[0]}.
     *
     * @param args the data directory
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PeerValues DATA_DIR (the directory compare.py writes)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        for (int n : new int[] {400, 20000}) {
            String tag = logisticTag(n);
            print(tag.toUpperCase(Locale.ROOT), new LogisticSymbolon(LogisticData.read(dir, tag, n, 784)));
        }
        ElementwiseData w3 = ElementwiseData.read(dir, 10_000_000);
        var result = new CompiledElementwiseSum().sumAndSlope(w3.x(), w3.y());
        double gradientSum = 0;
        for (double g : result.dx().toDoubleArray()) {
            gradientSum += g;
        }
        System.out.println("VALUES W3 s=" + result.s() + " g_sum=" + gradientSum);
        print("W4", new MlpSymbolon(MlpData.read(dir, 2560, 784, 256, 10, 256)));
    }

    /** The file prefix of the logistic regression's data with {@code n} rows: W1's or W2's. */
    static String logisticTag(int n) {
        return switch (n) {
            case 400 -> "w1";
            case 20000 -> "w2";
            default -> throw new IllegalArgumentException("the peers' data has logistic regressions of 400 (W1) and"
                    + " 20000 (W2) rows, not " + n + "; run with -p n=400 or -p n=20000");
        };
    }

    private static void print(String workload, TrainingStep step) {
        StringBuilder line = new StringBuilder("VALUES " + workload);
        step.reset();
        for (int s = 1; s <= STEPS; s++) {
            line.append(" cost").append(s).append('=').append(step.step());
        }
        step.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double sum = 0;
            for (double v : e.getValue()) {
                sum += v;
            }
            line.append(' ').append(e.getKey()).append("_sum=").append(sum);
        });
        System.out.println(line);
    }
}
