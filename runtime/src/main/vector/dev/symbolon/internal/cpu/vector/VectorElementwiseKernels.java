package dev.symbolon.internal.cpu.vector;

import dev.symbolon.internal.cpu.ElementwiseKernels;
import dev.symbolon.internal.cpu.ScalarMath;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ElementwiseKernels} with the Vector API: full vectors of the preferred width, then a scalar
 * tail. The transcendental functions are the JDK's vector intrinsics (within an ulp of
 * {@code Math}'s); sigmoid and softplus are branch-free, both from {@code exp(-|x|)}.
 */
public final class VectorElementwiseKernels implements ElementwiseKernels {
    private static final VectorSpecies<Double> SPECIES = Lanes.DOUBLES;

    @Override
    public void neg(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.neg().intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = -x;
        }
    }

    @Override
    public void abs(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.abs().intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.abs(x);
        }
    }

    @Override
    public void sign(double[] a, int aOff, double[] out, int outOff, int n) {
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector minusOne = DoubleVector.broadcast(SPECIES, -1.0);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.blend(one, x.compare(VectorOperators.GT, 0)).blend(minusOne, x.compare(VectorOperators.LT, 0)).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.signum(x);
        }
    }

    @Override
    public void square(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.mul(x).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x * x;
        }
    }

    @Override
    public void sqrt(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.sqrt().intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.sqrt(x);
        }
    }

    @Override
    public void exp(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.lanewise(VectorOperators.EXP).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.exp(x);
        }
    }

    @Override
    public void expm1(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.lanewise(VectorOperators.EXPM1).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.expm1(x);
        }
    }

    @Override
    public void log(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.lanewise(VectorOperators.LOG).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.log(x);
        }
    }

    @Override
    public void log1p(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.lanewise(VectorOperators.LOG1P).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.log1p(x);
        }
    }

    @Override
    public void tanh(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.lanewise(VectorOperators.TANH).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.tanh(x);
        }
    }

    @Override
    public void sigmoid(double[] a, int aOff, double[] out, int outOff, int n) {
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector e = x.abs().neg().lanewise(VectorOperators.EXP);
            // 1 / (1 + e) where x >= 0, e / (1 + e) elsewhere (NaN included), as ScalarMath.sigmoid
            e.blend(one, x.compare(VectorOperators.GE, 0)).div(e.add(one)).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = ScalarMath.sigmoid(x);
        }
    }

    @Override
    public void softplus(double[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.max(0.0).add(x.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P))
                    .intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = ScalarMath.softplus(x);
        }
    }

    @Override
    public void add(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.add(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x + y;
        }
    }

    @Override
    public void addScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.add(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x + s;
        }
    }

    @Override
    public void sub(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.sub(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x - y;
        }
    }

    @Override
    public void scalarSub(double s, double[] a, int aOff, double[] out, int outOff, int n) {
        DoubleVector x = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector y = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.sub(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double y = a[aOff + i];
            out[outOff + i] = s - y;
        }
    }

    @Override
    public void subScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.sub(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x - s;
        }
    }

    @Override
    public void mul(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.mul(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x * y;
        }
    }

    @Override
    public void mulScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.mul(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x * s;
        }
    }

    @Override
    public void div(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.div(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x / y;
        }
    }

    @Override
    public void scalarDiv(double s, double[] a, int aOff, double[] out, int outOff, int n) {
        DoubleVector x = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector y = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.div(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double y = a[aOff + i];
            out[outOff + i] = s / y;
        }
    }

    @Override
    public void divScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.div(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x / s;
        }
    }

    @Override
    public void max(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.max(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = Math.max(x, y);
        }
    }

    @Override
    public void maxScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.max(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.max(x, s);
        }
    }

    @Override
    public void min(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bOff + i);
            x.min(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = Math.min(x, y);
        }
    }

    @Override
    public void minScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        DoubleVector y = DoubleVector.broadcast(SPECIES, s);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, aOff + i);
            x.min(y).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.min(x, s);
        }
    }

    @Override
    public double sum(double[] a, int aOff, int n) {
        DoubleVector acc = DoubleVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            acc = acc.add(DoubleVector.fromArray(SPECIES, a, aOff + i));
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[aOff + i];
        }
        return s;
    }
}
