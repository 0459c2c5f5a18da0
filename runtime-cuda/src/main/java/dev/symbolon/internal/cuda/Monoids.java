package dev.symbolon.internal.cuda;

import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * The block reductions' states: float64 sums, {@code Math.max}/{@code Math.min} extrema (NaN wins,
 * +0 above -0) and argmax's (value, index) pairs with the interpreter's rules (the first maximum; a
 * NaN counts as the maximum). Each is associative, so a tree gives the sequential answer for the
 * extrema and argmax, and for sums one rounded differently.
 */
final class Monoids {
    private Monoids() {
    }

    static final String NEGATIVE_INFINITY = "0dFFF0000000000000";
    static final String POSITIVE_INFINITY = "0d7FF0000000000000";

    static BlockReduction.Monoid sum() {
        return new BlockReduction.Monoid(List.of("f64"), List.of("0d0000000000000000"),
                (w, a, b) -> List.of(w.op("add.rn.f64", "f64", a.get(0), b.get(0))));
    }

    static BlockReduction.Monoid extremum(boolean max) {
        return new BlockReduction.Monoid(List.of("f64"), List.of(max ? NEGATIVE_INFINITY : POSITIVE_INFINITY),
                (w, a, b) -> List.of(new ElementInstructions(w.registers, w.body)
                        .extremum(max, DType.FLOAT64, a.get(0), b.get(0))));
    }

    /** (value, index): b replaces a when greater, when NaN against a number, or equal (both NaN) at a lower index. */
    static BlockReduction.Monoid argmax() {
        return new BlockReduction.Monoid(List.of("f64", "b64"), List.of(NEGATIVE_INFINITY, "-1"), (w, a, b) -> {
            String va = a.get(0);
            String vb = b.get(0);
            String greater = w.op("setp.gt.f64", "pred", vb, va);
            String nanOverNumber = w.op("and.pred", "pred", w.op("setp.nan.f64", "pred", vb, vb),
                    w.op("setp.num.f64", "pred", va, va));
            String bothNan = w.op("and.pred", "pred", w.op("setp.nan.f64", "pred", va, va),
                    w.op("setp.nan.f64", "pred", vb, vb));
            String tie = w.op("or.pred", "pred", w.op("setp.eq.f64", "pred", va, vb), bothNan);
            String earlier = w.op("and.pred", "pred", tie, w.op("setp.lt.u64", "pred", b.get(1), a.get(1)));
            String take = w.op("or.pred", "pred", w.op("or.pred", "pred", greater, nanOverNumber), earlier);
            return List.of(w.op("selp.f64", "f64", vb, va, take), w.op("selp.b64", "b64", b.get(1), a.get(1), take));
        });
    }
}
