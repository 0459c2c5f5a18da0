package dev.symbolon.benchmarks;

import java.util.Arrays;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * W4 written by hand with ejml's single-threaded products ({@code x w1}, {@code h w2},
 * {@code h^T d}, {@code d w2^T}, {@code x^T dz}) and plain loops for the rest, as {@link MlpLoops}
 * computes it. The batches are sliced once; buffers are reused between steps.
 */
final class MlpEjml implements TrainingStep {
    private final MlpData data;
    private final DMatrixRMaj[] inputs;
    private final DMatrixRMaj w1;
    private final double[] b1;
    private final DMatrixRMaj w2;
    private final double[] b2;
    private final DMatrixRMaj h;
    private final DMatrixRMaj d;
    private final DMatrixRMaj dz;
    private final DMatrixRMaj gw1;
    private final double[] gb1;
    private final DMatrixRMaj gw2;
    private final double[] gb2;
    private int next;

    MlpEjml(MlpData data) {
        this.data = data;
        int batch = data.batch();
        inputs = new DMatrixRMaj[data.batches()];
        for (int j = 0; j < inputs.length; j++) {
            inputs[j] = DMatrixRMaj.wrap(batch, data.inputs(),
                    Arrays.copyOfRange(data.x(), j * batch * data.inputs(), (j + 1) * batch * data.inputs()));
        }
        w1 = new DMatrixRMaj(data.inputs(), data.hidden());
        b1 = new double[data.hidden()];
        w2 = new DMatrixRMaj(data.hidden(), data.classes());
        b2 = new double[data.classes()];
        h = new DMatrixRMaj(batch, data.hidden());
        d = new DMatrixRMaj(batch, data.classes());
        dz = new DMatrixRMaj(batch, data.hidden());
        gw1 = new DMatrixRMaj(data.inputs(), data.hidden());
        gb1 = new double[data.hidden()];
        gw2 = new DMatrixRMaj(data.hidden(), data.classes());
        gb2 = new double[data.classes()];
        reset();
    }

    @Override
    public double step() {
        int batch = data.batch();
        int hidden = data.hidden();
        int classes = data.classes();
        DMatrixRMaj x = inputs[next];
        int first = next * batch;
        next = (next + 1) % inputs.length;

        CommonOps_DDRM.mult(x, w1, h);
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < hidden; j++) {
                h.data[i * hidden + j] = Math.tanh(h.data[i * hidden + j] + b1[j]);
            }
        }
        CommonOps_DDRM.mult(h, w2, d);
        double loss = 0;
        for (int i = 0; i < batch; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                d.data[i * classes + c] += b2[c];
                max = Math.max(max, d.data[i * classes + c]);
            }
            double sumExp = 0;
            for (int c = 0; c < classes; c++) {
                sumExp += Math.exp(d.data[i * classes + c] - max);
            }
            int label = data.labels()[first + i];
            loss += Math.log(sumExp) + max - d.data[i * classes + label];
            for (int c = 0; c < classes; c++) {
                d.data[i * classes + c] = Math.exp(d.data[i * classes + c] - max) / sumExp / batch;
            }
            d.data[i * classes + label] -= 1.0 / batch;
        }

        CommonOps_DDRM.multTransA(h, d, gw2);
        CommonOps_DDRM.multTransB(d, w2, dz);
        Arrays.fill(gb1, 0);
        Arrays.fill(gb2, 0);
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < hidden; j++) {
                double hij = h.data[i * hidden + j];
                dz.data[i * hidden + j] *= 1 - hij * hij;
                gb1[j] += dz.data[i * hidden + j];
            }
            for (int c = 0; c < classes; c++) {
                gb2[c] += d.data[i * classes + c];
            }
        }
        CommonOps_DDRM.multTransA(x, dz, gw1);

        CommonOps_DDRM.addEquals(w1, -MlpData.LEARNING_RATE, gw1);
        CommonOps_DDRM.addEquals(w2, -MlpData.LEARNING_RATE, gw2);
        for (int j = 0; j < hidden; j++) {
            b1[j] -= MlpData.LEARNING_RATE * gb1[j];
        }
        for (int c = 0; c < classes; c++) {
            b2[c] -= MlpData.LEARNING_RATE * gb2[c];
        }
        return loss / batch;
    }

    @Override
    public void reset() {
        System.arraycopy(data.w1(), 0, w1.data, 0, w1.data.length);
        Arrays.fill(b1, 0);
        System.arraycopy(data.w2(), 0, w2.data, 0, w2.data.length);
        Arrays.fill(b2, 0);
        next = 0;
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w1", w1.data.clone(), "b1", b1.clone(), "w2", w2.data.clone(), "b2", b2.clone());
    }
}
