package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java's int and long arithmetic in compiled methods, compared with what Java computes: exact int64
 * values beyond 2^53, wrapping overflow, truncating division, and ArithmeticException on a zero divisor.
 */
class IntegerArithmeticTest {
    /** 2^53 + 1, the first long a double cannot hold. */
    private static final long BEYOND_DOUBLE = 9007199254740993L;

    private static Class<?> integers;

    @BeforeAll
    static void compileIntegers() {
        Compilation compilation = compile(symbolicClass("Integers",
                "    static final long BIG = 9007199254740993L;",
                "    @Symbolic static long divide(long a, long b) { return a / b; }",
                "    @Symbolic static int divideInts(int a, int b) { return a / b; }",
                "    @Symbolic static long remainder(long a, long b) { return a % b; }",
                "    @Symbolic static long times(long a, long b) { return a * b; }",
                "    @Symbolic static long negatedAbs(long a) { return -Math.abs(a); }",
                "    @Symbolic static int incremented(int a) { return a + 1; }",
                "    @Symbolic static long plusBig(long a) { return a + 9007199254740993L; }",
                "    @Symbolic static long bigConstant(long a) { return a * 0 + BIG * 3 - 1; }",
                "    @Symbolic static long widened(int i) { return i * 3000000000L; }",
                "    @Symbolic static long halvedInPlace(long a) { long q = a; q /= 2; return q; }",
                "    @Symbolic static double greater(long a, long b) { return where(a > b, 1.0, 0.0); }",
                "    @Symbolic static double belowBig(int i) { return where(i < 3000000000L, 1.0, 0.0); }",
                "    @Symbolic static double toDouble(long a) { return (double) a; }",
                "    @Symbolic static float toFloat(long a) { return (float) a; }",
                "    @Symbolic static long toLong(double d) { return (long) d; }",
                "    @Symbolic static int toInt(long a) { return (int) a; }",
                "    @Symbolic static int plusSevenOverZero(int a) { return a + divideInts(7, 0); }",
                "    @Symbolic static long maxWithLong(int i) { return Math.max(i, 4294967296L); }",
                "    @Symbolic static long minOfIntAndLong(int i, long a) { return Math.min(i, a); }",
                "    @Symbolic static int maxOfInts(int i, int j) { return Math.max(i, j); }",
                "    @Symbolic static double pick(double c, double x) { return where(c != 0.25, x, -x); }",
                "    @Symbolic static double pickWithConstant(double x) { return 2 * pick(3.0, x) + pick(0.25, x); }"));
        assertThat(compilation).succeededWithoutWarnings();
        integers = Compilations.load(compilation, "tutorial.CompiledIntegers");
    }

    private static Object call(Generated g, String name, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i] instanceof Integer ? int.class : args[i] instanceof Long ? long.class : double.class;
        }
        return g.call(name, types, args);
    }

    private static Generated normal() {
        return new Generated(integers);
    }

    @Test
    void aDivisionByZeroOfTwoNumbersCompilesAndThrowsWhenRun() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> call(normal(), "plusSevenOverZero", 1));
        assertThat(e).hasMessageThat().isEqualTo("/ by zero");
    }

    @Test
    void mathFunctionsOfIntsAndLongsComputeInJavasPromotedType() {
        Generated g = normal();
        assertThat(call(g, "maxWithLong", Integer.MAX_VALUE)).isEqualTo(4294967296L);
        assertThat(call(g, "minOfIntAndLong", 7, -4294967296L)).isEqualTo(-4294967296L);
        assertThat(call(g, "maxOfInts", -3, 2)).isEqualTo(2);
    }

    @Test
    void aComparisonOfTwoNumbersIsAConstantCondition() {
        // 2 * x where 3.0 != 0.25, plus -x where 0.25 == 0.25
        assertThat(call(normal(), "pickWithConstant", 2.0)).isEqualTo(2.0);
    }

    @Test
    void longDivisionIsExact() {
        Generated g = normal();
        assertThat(call(g, "divide", BEYOND_DOUBLE, 1L)).isEqualTo(BEYOND_DOUBLE);
        assertThat(call(g, "divide", Long.MAX_VALUE, 3L)).isEqualTo(Long.MAX_VALUE / 3);
        assertThat(call(g, "divide", -BEYOND_DOUBLE, 2L)).isEqualTo(-BEYOND_DOUBLE / 2);
        assertThat(call(g, "halvedInPlace", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 2);
    }

    @Test
    void divisionOfTheMinimumByMinusOneWrapsAsInJava() {
        Generated g = normal();
        assertThat(call(g, "divideInts", Integer.MIN_VALUE, -1)).isEqualTo(Integer.MIN_VALUE);
        assertThat(call(g, "divide", Long.MIN_VALUE, -1L)).isEqualTo(Long.MIN_VALUE);
        assertThat(call(g, "divideInts", -7, 2)).isEqualTo(-7 / 2);
    }

    @Test
    void integerDivisionByZeroThrowsAsInJava() {
        Generated g = normal();
        ArithmeticException ints = assertThrows(ArithmeticException.class, () -> call(g, "divideInts", 7, 0));
        assertThat(ints).hasMessageThat().isEqualTo("/ by zero");
        ArithmeticException longs = assertThrows(ArithmeticException.class, () -> call(g, "divide", 7L, 0L));
        assertThat(longs).hasMessageThat().isEqualTo("/ by zero");
        assertThrows(ArithmeticException.class, () -> call(g, "remainder", 7L, 0L));
    }

    @Test
    void longMultiplicationNegationAndAbsAreExactAndWrap() {
        Generated g = normal();
        assertThat(call(g, "times", 3037000499L, 3037000499L)).isEqualTo(3037000499L * 3037000499L);
        assertThat(call(g, "times", Long.MAX_VALUE, 3L)).isEqualTo(Long.MAX_VALUE * 3);
        assertThat(call(g, "negatedAbs", BEYOND_DOUBLE)).isEqualTo(-BEYOND_DOUBLE);
        assertThat(call(g, "negatedAbs", Long.MIN_VALUE)).isEqualTo(-Math.abs(Long.MIN_VALUE));
        assertThat(call(g, "incremented", Integer.MAX_VALUE)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void int64ConstantsBeyondDoublePrecisionAreExact() {
        Generated g = normal();
        assertThat(call(g, "plusBig", 0L)).isEqualTo(BEYOND_DOUBLE);
        assertThat(call(g, "plusBig", 1L)).isEqualTo(BEYOND_DOUBLE + 1);
        assertThat(call(g, "bigConstant", 5L)).isEqualTo(BEYOND_DOUBLE * 3 - 1);
    }

    @Test
    void anIntTimesALongIsALongProduct() {
        assertThat(call(normal(), "widened", 3)).isEqualTo(3 * 3000000000L);
    }

    @Test
    void anIntComparedWithALongComparesLongs() {
        assertThat(call(normal(), "belowBig", Integer.MAX_VALUE)).isEqualTo(1.0);
    }

    @Test
    void longComparisonsAndCastsDoNotGoThroughDouble() {
        Generated g = normal();
        assertThat(call(g, "greater", BEYOND_DOUBLE, BEYOND_DOUBLE - 1)).isEqualTo(1.0);
        assertThat(call(g, "toDouble", BEYOND_DOUBLE)).isEqualTo((double) BEYOND_DOUBLE);
        assertThat(call(g, "toFloat", Long.MAX_VALUE - 1)).isEqualTo((float) (Long.MAX_VALUE - 1));
        assertThat(call(g, "toLong", 1e300)).isEqualTo((long) 1e300);
        assertThat(call(g, "toInt", BEYOND_DOUBLE)).isEqualTo((int) BEYOND_DOUBLE);
    }

    /** Debug mode evaluates the embedded graph text with the interpreter: it must read the constants back exactly. */
    @Test
    void debugModeAgreesOnExactInt64Values() {
        Generated g = Generated.inMode("debug", integers);
        assertThat(call(g, "plusBig", 1L)).isEqualTo(BEYOND_DOUBLE + 1);
        assertThat(call(g, "bigConstant", 5L)).isEqualTo(BEYOND_DOUBLE * 3 - 1);
        assertThat(call(g, "divide", Long.MAX_VALUE, 3L)).isEqualTo(Long.MAX_VALUE / 3);
        assertThat(call(g, "divideInts", Integer.MIN_VALUE, -1)).isEqualTo(Integer.MIN_VALUE);
        assertThrows(ArithmeticException.class, () -> call(g, "divide", 7L, 0L));
    }
}
