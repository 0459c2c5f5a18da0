package dev.symbolon.benchmarks;

import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * W1 and W2 written by hand with ejml's single-threaded products ({@code x w} and {@code x^T d}, as
 * Symbolon's runtime takes them) and plain loops for the rest. Buffers are reused between steps.
 */
final class LogisticEjml implements TrainingStep {
    private final LogisticData data;
    private final DMatrixRMaj x;
    private final DMatrixRMaj w;
    private final DMatrixRMaj z;
    private final DMatrixRMaj d;
    private final DMatrixRMaj gw;
    private double b;

    LogisticEjml(LogisticData data) {
        this.data = data;
        this.x = DMatrixRMaj.wrap(data.n(), data.features(), data.x());
        this.w = new DMatrixRMaj(data.features(), 1);
        this.z = new DMatrixRMaj(data.n(), 1);
        this.d = new DMatrixRMaj(data.n(), 1);
        this.gw = new DMatrixRMaj(data.features(), 1);
        reset();
    }

    @Override
    public double step() {
        double[] y = data.y();
        int n = data.n();
        CommonOps_DDRM.mult(x, w, z);
        double xent = 0;
        double gb = 0;
        for (int i = 0; i < n; i++) {
            double p = 1 / (1 + Math.exp(-(z.data[i] + b)));
            xent += -y[i] * Math.log(p) - (1 - y[i]) * Math.log(1 - p);
            d.data[i] = (p - y[i]) / n;
            gb += d.data[i];
        }
        CommonOps_DDRM.multTransA(x, d, gw);
        double penalty = 0;
        for (int j = 0; j < w.data.length; j++) {
            double wj = w.data[j];
            penalty += wj * wj;
            w.data[j] = wj - LogisticData.LEARNING_RATE * (gw.data[j] + 2 * LogisticData.L2 * wj);
        }
        b -= LogisticData.LEARNING_RATE * gb;
        return xent / n + LogisticData.L2 * penalty;
    }

    @Override
    public void reset() {
        System.arraycopy(data.w0(), 0, w.data, 0, w.data.length);
        b = 0;
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w", w.data.clone(), "b", new double[] {b});
    }
}
