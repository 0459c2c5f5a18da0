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
}
