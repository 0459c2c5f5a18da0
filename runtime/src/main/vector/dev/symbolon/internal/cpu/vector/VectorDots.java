package dev.symbolon.internal.cpu.vector;

import dev.symbolon.internal.cpu.Dots;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Dots} with the Vector API: full vectors of the preferred width, then a scalar tail. */
public final class VectorDots implements Dots {
    private static final VectorSpecies<Double> SPECIES = Lanes.DOUBLES;

    @Override
    public double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(n);
        DoubleVector acc = DoubleVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += step) {
            acc = DoubleVector.fromArray(SPECIES, a, aOff + i)
                    .fma(DoubleVector.fromArray(SPECIES, b, bOff + i), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(n);
        DoubleVector a = DoubleVector.broadcast(SPECIES, alpha);
        int i = 0;
        for (; i < bound; i += step) {
            DoubleVector.fromArray(SPECIES, x, xOff + i)
                    .fma(a, DoubleVector.fromArray(SPECIES, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    @Override
    public void rowDots(double[] a, int aOff, int k, double[] v, int rows, double[] out) {
        if (rows != 4) {
            for (int r = 0; r < rows; r++) {
                out[r] = dot(a, aOff + r * k, v, 0, k);
            }
            return;
        }
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(k);
        DoubleVector acc0 = DoubleVector.zero(SPECIES);
        DoubleVector acc1 = DoubleVector.zero(SPECIES);
        DoubleVector acc2 = DoubleVector.zero(SPECIES);
        DoubleVector acc3 = DoubleVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += step) {
            DoubleVector w = DoubleVector.fromArray(SPECIES, v, i);
            acc0 = DoubleVector.fromArray(SPECIES, a, aOff + i).fma(w, acc0);
            acc1 = DoubleVector.fromArray(SPECIES, a, aOff + k + i).fma(w, acc1);
            acc2 = DoubleVector.fromArray(SPECIES, a, aOff + 2 * k + i).fma(w, acc2);
            acc3 = DoubleVector.fromArray(SPECIES, a, aOff + 3 * k + i).fma(w, acc3);
        }
        double s0 = acc0.reduceLanes(VectorOperators.ADD);
        double s1 = acc1.reduceLanes(VectorOperators.ADD);
        double s2 = acc2.reduceLanes(VectorOperators.ADD);
        double s3 = acc3.reduceLanes(VectorOperators.ADD);
        for (; i < k; i++) {
            s0 += a[aOff + i] * v[i];
            s1 += a[aOff + k + i] * v[i];
            s2 += a[aOff + 2 * k + i] * v[i];
            s3 += a[aOff + 3 * k + i] * v[i];
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }

    @Override
    public void rowAxpys(double[] r, double[] a, int aOff, int k, int rows, double[] y, int yOff) {
        if (rows != 4) {
            for (int row = 0; row < rows; row++) {
                axpy(r[row], a, aOff + row * k, y, yOff, k);
            }
            return;
        }
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(k);
        DoubleVector r0 = DoubleVector.broadcast(SPECIES, r[0]);
        DoubleVector r1 = DoubleVector.broadcast(SPECIES, r[1]);
        DoubleVector r2 = DoubleVector.broadcast(SPECIES, r[2]);
        DoubleVector r3 = DoubleVector.broadcast(SPECIES, r[3]);
        int i = 0;
        for (; i < bound; i += step) {
            DoubleVector sum = DoubleVector.fromArray(SPECIES, a, aOff + i)
                    .fma(r0, DoubleVector.fromArray(SPECIES, y, yOff + i));
            sum = DoubleVector.fromArray(SPECIES, a, aOff + k + i).fma(r1, sum);
            sum = DoubleVector.fromArray(SPECIES, a, aOff + 2 * k + i).fma(r2, sum);
            DoubleVector.fromArray(SPECIES, a, aOff + 3 * k + i).fma(r3, sum).intoArray(y, yOff + i);
        }
        for (; i < k; i++) {
            double sum = Math.fma(a[aOff + i], r[0], y[yOff + i]);
            sum = Math.fma(a[aOff + k + i], r[1], sum);
            sum = Math.fma(a[aOff + 2 * k + i], r[2], sum);
            y[yOff + i] = Math.fma(a[aOff + 3 * k + i], r[3], sum);
        }
    }
}
