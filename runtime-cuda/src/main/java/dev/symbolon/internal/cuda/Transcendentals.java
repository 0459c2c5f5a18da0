package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.MathProgram.Compare;
import dev.symbolon.internal.cuda.MathProgram.Value;
import dev.symbolon.internal.ir.Op;
import java.util.EnumMap;
import java.util.Map;

/**
 * The float64 instruction sequences of the transcendental elementwise ops, each written once as a
 * {@link MathProgram}. exp and log follow the structure nvcc inlines for CUDA's {@code exp}/{@code log}
 * (a shifter-based reduction by ln 2 with a degree-11 polynomial; log through 2·atanh of
 * (m-1)/(m+1) on a mantissa in [√½, √2)), with {@code div.rn} where nvcc refines a reciprocal
 * approximation, so that every step has an exact Java counterpart. The others are built from them as
 * {@code ScalarMath} and {@code java.lang.Math} define the ops, stable branches included.
 */
final class Transcendentals {
    private Transcendentals() {
    }

    /** The ops with a sequence here. */
    static final String SUPPORTED = "exp, expm1, log, log1p, tanh, sigmoid, softplus";

    static boolean supports(Op op) {
        return PROGRAMS.containsKey(op);
    }

    /** The program computing {@code op} on one float64 argument. */
    static MathProgram program(Op op) {
        MathProgram program = PROGRAMS.get(op);
        if (program == null) {
            throw new IllegalArgumentException(op + " has no instruction sequence; there are " + SUPPORTED);
        }
        return program;
    }

    private static MathProgram unary(java.util.function.BiFunction<MathProgram, Value, Value> body) {
        MathProgram p = new MathProgram();
        return p.returning(body.apply(p, p.argument()));
    }

    private static final long LOG2E = 0x3FF71547652B82FEL;
    /** 1.5·2^52: adding it rounds to an integer held in the low word. */
    private static final long SHIFTER = 0x4338000000000000L;
    private static final long LN2_HI = 0x3FE62E42FEFA39EFL;
    private static final long LN2_LO = 0x3C7ABC9E3B39803FL;
    /** e^r - 1 - r = r²·Q(r) on |r| ≤ ln2/2: Q's coefficients from degree 9 down (nvcc's for e^r, degree 11 .. 2). */
    private static final long[] EXP_Q = {
        0x3E5ADE1569CE2BDFL, 0x3E928AF3FCA213EAL, 0x3EC71DEE62401315L, 0x3EFA01997C89EB71L,
        0x3F2A01A014761F65L, 0x3F56C16C1852B7AFL, 0x3F81111111122322L, 0x3FA55555555502A1L,
        0x3FC5555555555511L, 0x3FE000000000000BL,
    };
    /** log m = u + u³·P(u²) with u = 2(m-1)/(m+1); P from degree 7 down. */
    private static final long[] LOG_P = {
        0x3EB1380B3AE80F1EL, 0x3ED0EE258B7A8B04L, 0x3EF3B2669F02676FL, 0x3F1745CBA9AB0956L,
        0x3F3C71C72D1B5154L, 0x3F624924923BE72DL, 0x3F8999999999A3C4L, 0x3FB5555555555554L,
    };
    /** |a| from here (746.0, high word) on, or NaN: exp is 0, +inf or NaN outright. */
    private static final int EXP_EDGE_HI = 0x40875000;
    /** Beyond ±40, expm1 is exp (the -1 is below half an ulp) or -1. */
    private static final double EXPM1_SATURATION = 40;

    // after the constants, which the programs read as they are built
    private static final Map<Op, MathProgram> PROGRAMS = new EnumMap<>(Op.class);

    static {
        PROGRAMS.put(Op.EXP, unary(Transcendentals::exp));
        PROGRAMS.put(Op.EXPM1, unary(Transcendentals::expm1));
        PROGRAMS.put(Op.LOG, unary(Transcendentals::log));
        PROGRAMS.put(Op.LOG1P, unary(Transcendentals::log1p));
        PROGRAMS.put(Op.TANH, unary(Transcendentals::tanh));
        PROGRAMS.put(Op.SIGMOID, unary(Transcendentals::sigmoid));
        PROGRAMS.put(Op.SOFTPLUS, unary(Transcendentals::softplus));
    }

    /** a = j·ln2 + r with |r| ≤ ln2/2: j in an integer register, r as a double. */
    private record Reduced(Value j, Value r) {}

    private static Reduced reduce(MathProgram p, Value a) {
        Value shifter = p.constantBits(SHIFTER);
        Value t = p.fma(a, p.constantBits(LOG2E), shifter);
        Value j = p.lo(t);
        Value jd = p.sub(t, shifter);
        Value r = p.fma(jd, p.neg(p.constantBits(LN2_HI)), a);
        r = p.fma(jd, p.neg(p.constantBits(LN2_LO)), r);
        return new Reduced(j, r);
    }

    /**
     * x·2^j for j in [-1076, 1076] by two exact power-of-two factors, the first written into x's
     * exponent field: normal results are exact, subnormal ones rounded once, overflow gives inf.
     */
    private static Value scale(MathProgram p, Value x, Value j) {
        Value j1 = p.shrSigned(j, 1);
        Value j2 = p.isub(j, j1);
        Value s1 = p.words(p.lo(x), p.iadd(p.hi(x), p.shl(j1, 20)));
        Value s2 = p.words(p.constant(0), p.iadd(p.shl(j2, 20), p.constant(0x3FF00000)));
        return p.mul(s1, s2);
    }

    /** e^a = 2^j·e^r, e^r = 1 + r·(1 + r·Q(r)); |a| ≥ 746 gives 0 (a < 0), +inf, or NaN. */
    static Value exp(MathProgram p, Value a) {
        Reduced red = reduce(p, a);
        Value one = p.constant(1.0);
        Value er = p.fma(p.fma(p.horner(EXP_Q, red.r()), red.r(), one), red.r(), one);
        return expEdges(p, a, scale(p, er, red.j()));
    }

    private static Value expEdges(MathProgram p, Value a, Value inRange) {
        Value edge = p.compareUnsigned(Compare.GE, p.and(p.hi(a), 0x7FFFFFFF), EXP_EDGE_HI);
        Value outside = p.select(p.compare(Compare.LT, a, p.constant(0.0)), p.constant(0.0),
                p.add(a, p.constant(Double.POSITIVE_INFINITY)));
        return p.select(edge, outside, inRange);
    }

    /**
     * e^a - 1 = 2^j·(1 + q) - 1 = fma(2^j, q, 2^j - 1) with q = e^r - 1 = r + r²·Q(r): 2^j - 1 is exact
     * for the |j| ≤ 58 used, and q carries no cancellation near 0 (for |a| ≤ ln2/2, j = 0 and r = a).
     * Beyond ±40 it is e^a (scaled as exp scales) or -1; ±0 is returned as is.
     */
    static Value expm1(MathProgram p, Value a) {
        Reduced red = reduce(p, a);
        Value r = red.r();
        Value q = p.fma(p.mul(r, r), p.horner(EXP_Q, r), r);
        Value one = p.constant(1.0);
        Value s = p.words(p.constant(0), p.iadd(p.shl(red.j(), 20), p.constant(0x3FF00000)));
        Value near = p.fma(s, q, p.sub(s, one));
        Value far = expEdges(p, a, scale(p, p.add(q, one), red.j()));
        Value result = p.select(p.compare(Compare.GT, a, p.constant(EXPM1_SATURATION)), far, near);
        result = p.select(p.compare(Compare.LT, a, p.constant(-EXPM1_SATURATION)), p.constant(-1.0), result);
        return p.select(p.compare(Compare.EQ, a, p.constant(0.0)), a, result);
    }

    /**
     * log x = e·ln2 + log m with x = 2^e·m, m in [√½, √2): log m = u + u³·P(u²), u = 2(m-1)/(m+1)
     * with its rounding error carried separately, and e·ln2 added as a compensated sum. Subnormals are
     * scaled by 2^54 first; 0 gives -inf, negatives and NaN NaN, +inf +inf.
     */
    static Value log(MathProgram p, Value x) {
        Value subnormal = p.compareSigned(Compare.LE, p.hi(x), 0x000FFFFF);
        Value xs = p.select(subnormal, p.mul(x, p.constant(0x1p54)), x);
        Value e = p.select(subnormal, p.constant(-1077), p.constant(-1023));
        Value hi = p.hi(xs);
        Value special = p.compareUnsigned(Compare.GE, p.isub(hi, p.constant(1)), 0x7FEFFFFF);
        e = p.iadd(e, p.shrUnsigned(hi, 20));
        Value mhi = p.or(p.and(hi, 0x800FFFFF), 0x3FF00000);
        Value upper = p.compareSigned(Compare.GE, mhi, 0x3FF6A09F);
        mhi = p.select(upper, p.isub(mhi, p.constant(0x00100000)), mhi);
        e = p.select(upper, p.iadd(e, p.constant(1)), e);
        Value m = p.words(p.lo(xs), mhi);
        Value one = p.constant(1.0);
        Value q = p.div(one, p.add(m, one));
        Value f = p.sub(m, one);
        Value u = p.mul(f, q);
        u = p.fma(f, q, u);
        Value v = p.mul(u, u);
        Value poly = p.horner(LOG_P, v);
        Value c = p.sub(f, u);
        c = p.add(c, c);
        c = p.fma(p.neg(u), f, c);
        c = p.mul(q, c);
        Value tail = p.fma(p.mul(v, poly), u, c);
        Value magic = p.words(p.constant(0x80000000), p.constant(0x43300000));
        Value ed = p.sub(p.words(p.xor(e, 0x80000000), p.constant(0x43300000)), magic);
        Value ln2hi = p.constantBits(LN2_HI);
        Value h = p.fma(ed, ln2hi, u);
        Value l = p.fma(p.neg(ed), ln2hi, h);
        l = p.sub(l, u);
        l = p.sub(tail, l);
        l = p.fma(ed, p.constantBits(LN2_LO), l);
        Value inf = p.constant(Double.POSITIVE_INFINITY);
        Value edge = p.select(p.compare(Compare.EQ, xs, p.constant(0.0)), p.constant(Double.NEGATIVE_INFINITY),
                p.fma(xs, inf, inf));
        return p.select(special, edge, p.add(h, l));
    }

    /**
     * log(1 + x) = log(u) + err/u with u = 1 + x rounded and err = 1 + x - u exactly (two-sum), the
     * first-order correction for the rounding of u. |x| < 2^-54 returns x (also keeping -0); where
     * err/u is NaN (u = 0 or ±inf) log(u) alone is the answer.
     */
    static Value log1p(MathProgram p, Value x) {
        Value one = p.constant(1.0);
        Value u = p.add(one, x);
        Value bb = p.sub(u, one);
        Value err = p.add(p.sub(one, p.sub(u, bb)), p.sub(x, bb));
        Value correction = p.div(err, u);
        correction = p.select(p.compare(Compare.NAN, correction, correction), p.constant(0.0), correction);
        Value result = p.add(log(p, u), correction);
        return p.select(p.compare(Compare.LT, p.abs(x), p.constant(0x1p-54)), x, result);
    }

    /** tanh x = sign(x)·(-t / (t + 2)) with t = expm1(-2|x|), which never overflows and is exact at ±0. */
    static Value tanh(MathProgram p, Value x) {
        Value t = expm1(p, p.mul(p.abs(x), p.constant(-2.0)));
        return p.copySign(p.div(p.neg(t), p.add(t, p.constant(2.0))), x);
    }

    /** ScalarMath.sigmoid: 1/(1 + e^-x) for x ≥ 0, e^x/(1 + e^x) otherwise, so e^-|x| never overflows. */
    static Value sigmoid(MathProgram p, Value x) {
        Value e = exp(p, p.neg(p.abs(x)));
        Value one = p.constant(1.0);
        Value numerator = p.select(p.compare(Compare.GE, x, p.constant(0.0)), one, e);
        return p.div(numerator, p.add(one, e));
    }

    /** ScalarMath.softplus: max(x, 0) + log1p(e^-|x|), with Math.max's NaN and +0 for -0. */
    static Value softplus(MathProgram p, Value x) {
        Value zero = p.constant(0.0);
        Value max = p.select(p.compare(Compare.GTU, x, zero), x, zero);
        return p.add(max, log1p(p, exp(p, p.neg(p.abs(x)))));
    }
}
