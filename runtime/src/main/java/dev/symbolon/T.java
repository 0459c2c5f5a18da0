package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.function.RuntimeFunction;
import dev.symbolon.internal.cpu.ScalarMath;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Trace;
import dev.symbolon.runtime.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DSL's functions, for {@code import static dev.symbolon.T.*;}. Each builds a graph node, as the
 * methods of the symbolic types do; the Java return type is the handle of the result's rank:
 * <ul>
 * <li>elementwise functions broadcast as NumPy does: the result has the higher rank of the operands
 *     (a Tensor with a Tensor operand); comparisons give bool, arithmetic the promoted dtype, with
 *     {@code div}, {@code pow} and the transcendental functions always giving a float;
 * <li>a {@code double} operand of a binary function is a literal typed weakly, as NumPy types a Python
 *     float: it takes the other operand's dtype, except that with an integer it makes float64;
 * <li>reductions without an axis give a Scalar, with an axis one rank less; {@code sum} gives int64
 *     on integers, {@code mean} a float, {@code argmax} int64;
 * <li>on plain {@code double}s, the functions compute the value, so that primitive scalars in a
 *     {@code @Symbolic} method type-check; there, the compiler treats them as symbolic scalars.
 * </ul>
 */
public final class T {
    private T() {}

    // ---- elementwise arithmetic: the result has the higher rank of the operands, broadcast as NumPy does,
    // and the promoted dtype; a double is a literal, typed weakly (it takes the other operand's dtype,
    // except that it makes an integer operand float64). On two doubles, the value is computed.

    /** {@code a + b}. */
    public static Scalar add(Scalar a, Scalar b) { return a.plus(b); }
    public static Vector add(Scalar a, Vector b) { return a.plus(b); }
    public static Matrix add(Scalar a, Matrix b) { return a.plus(b); }
    public static Tensor add(Scalar a, Tensor b) { return a.plus(b); }
    public static Vector add(Vector a, Scalar b) { return a.plus(b); }
    public static Vector add(Vector a, Vector b) { return a.plus(b); }
    public static Matrix add(Vector a, Matrix b) { return a.plus(b); }
    public static Tensor add(Vector a, Tensor b) { return a.plus(b); }
    public static Matrix add(Matrix a, Scalar b) { return a.plus(b); }
    public static Matrix add(Matrix a, Vector b) { return a.plus(b); }
    public static Matrix add(Matrix a, Matrix b) { return a.plus(b); }
    public static Tensor add(Matrix a, Tensor b) { return a.plus(b); }
    public static Tensor add(Tensor a, Scalar b) { return a.plus(b); }
    public static Tensor add(Tensor a, Vector b) { return a.plus(b); }
    public static Tensor add(Tensor a, Matrix b) { return a.plus(b); }
    public static Tensor add(Tensor a, Tensor b) { return a.plus(b); }
    public static Scalar add(Scalar a, double b) { return a.plus(b); }
    public static Vector add(Vector a, double b) { return a.plus(b); }
    public static Matrix add(Matrix a, double b) { return a.plus(b); }
    public static Tensor add(Tensor a, double b) { return a.plus(b); }
    public static Scalar add(double a, Scalar b) { return new Scalar(b.leftOp(a, ADD)); }
    public static Vector add(double a, Vector b) { return new Vector(b.leftOp(a, ADD)); }
    public static Matrix add(double a, Matrix b) { return new Matrix(b.leftOp(a, ADD)); }
    public static Tensor add(double a, Tensor b) { return new Tensor(b.leftOp(a, ADD)); }
    public static double add(double a, double b) { return a + b; }

    /** {@code a - b}. */
    public static Scalar sub(Scalar a, Scalar b) { return a.minus(b); }
    public static Vector sub(Scalar a, Vector b) { return a.minus(b); }
    public static Matrix sub(Scalar a, Matrix b) { return a.minus(b); }
    public static Tensor sub(Scalar a, Tensor b) { return a.minus(b); }
    public static Vector sub(Vector a, Scalar b) { return a.minus(b); }
    public static Vector sub(Vector a, Vector b) { return a.minus(b); }
    public static Matrix sub(Vector a, Matrix b) { return a.minus(b); }
    public static Tensor sub(Vector a, Tensor b) { return a.minus(b); }
    public static Matrix sub(Matrix a, Scalar b) { return a.minus(b); }
    public static Matrix sub(Matrix a, Vector b) { return a.minus(b); }
    public static Matrix sub(Matrix a, Matrix b) { return a.minus(b); }
    public static Tensor sub(Matrix a, Tensor b) { return a.minus(b); }
    public static Tensor sub(Tensor a, Scalar b) { return a.minus(b); }
    public static Tensor sub(Tensor a, Vector b) { return a.minus(b); }
    public static Tensor sub(Tensor a, Matrix b) { return a.minus(b); }
    public static Tensor sub(Tensor a, Tensor b) { return a.minus(b); }
    public static Scalar sub(Scalar a, double b) { return a.minus(b); }
    public static Vector sub(Vector a, double b) { return a.minus(b); }
    public static Matrix sub(Matrix a, double b) { return a.minus(b); }
    public static Tensor sub(Tensor a, double b) { return a.minus(b); }
    public static Scalar sub(double a, Scalar b) { return new Scalar(b.leftOp(a, SUB)); }
    public static Vector sub(double a, Vector b) { return new Vector(b.leftOp(a, SUB)); }
    public static Matrix sub(double a, Matrix b) { return new Matrix(b.leftOp(a, SUB)); }
    public static Tensor sub(double a, Tensor b) { return new Tensor(b.leftOp(a, SUB)); }
    public static double sub(double a, double b) { return a - b; }

    /** {@code a * b}. */
    public static Scalar mul(Scalar a, Scalar b) { return a.times(b); }
    public static Vector mul(Scalar a, Vector b) { return a.times(b); }
    public static Matrix mul(Scalar a, Matrix b) { return a.times(b); }
    public static Tensor mul(Scalar a, Tensor b) { return a.times(b); }
    public static Vector mul(Vector a, Scalar b) { return a.times(b); }
    public static Vector mul(Vector a, Vector b) { return a.times(b); }
    public static Matrix mul(Vector a, Matrix b) { return a.times(b); }
    public static Tensor mul(Vector a, Tensor b) { return a.times(b); }
    public static Matrix mul(Matrix a, Scalar b) { return a.times(b); }
    public static Matrix mul(Matrix a, Vector b) { return a.times(b); }
    public static Matrix mul(Matrix a, Matrix b) { return a.times(b); }
    public static Tensor mul(Matrix a, Tensor b) { return a.times(b); }
    public static Tensor mul(Tensor a, Scalar b) { return a.times(b); }
    public static Tensor mul(Tensor a, Vector b) { return a.times(b); }
    public static Tensor mul(Tensor a, Matrix b) { return a.times(b); }
    public static Tensor mul(Tensor a, Tensor b) { return a.times(b); }
    public static Scalar mul(Scalar a, double b) { return a.times(b); }
    public static Vector mul(Vector a, double b) { return a.times(b); }
    public static Matrix mul(Matrix a, double b) { return a.times(b); }
    public static Tensor mul(Tensor a, double b) { return a.times(b); }
    public static Scalar mul(double a, Scalar b) { return new Scalar(b.leftOp(a, MUL)); }
    public static Vector mul(double a, Vector b) { return new Vector(b.leftOp(a, MUL)); }
    public static Matrix mul(double a, Matrix b) { return new Matrix(b.leftOp(a, MUL)); }
    public static Tensor mul(double a, Tensor b) { return new Tensor(b.leftOp(a, MUL)); }
    public static double mul(double a, double b) { return a * b; }

    /** {@code a / b}, true division: integers give float64. */
    public static Scalar div(Scalar a, Scalar b) { return a.div(b); }
    public static Vector div(Scalar a, Vector b) { return a.div(b); }
    public static Matrix div(Scalar a, Matrix b) { return a.div(b); }
    public static Tensor div(Scalar a, Tensor b) { return a.div(b); }
    public static Vector div(Vector a, Scalar b) { return a.div(b); }
    public static Vector div(Vector a, Vector b) { return a.div(b); }
    public static Matrix div(Vector a, Matrix b) { return a.div(b); }
    public static Tensor div(Vector a, Tensor b) { return a.div(b); }
    public static Matrix div(Matrix a, Scalar b) { return a.div(b); }
    public static Matrix div(Matrix a, Vector b) { return a.div(b); }
    public static Matrix div(Matrix a, Matrix b) { return a.div(b); }
    public static Tensor div(Matrix a, Tensor b) { return a.div(b); }
    public static Tensor div(Tensor a, Scalar b) { return a.div(b); }
    public static Tensor div(Tensor a, Vector b) { return a.div(b); }
    public static Tensor div(Tensor a, Matrix b) { return a.div(b); }
    public static Tensor div(Tensor a, Tensor b) { return a.div(b); }
    public static Scalar div(Scalar a, double b) { return a.div(b); }
    public static Vector div(Vector a, double b) { return a.div(b); }
    public static Matrix div(Matrix a, double b) { return a.div(b); }
    public static Tensor div(Tensor a, double b) { return a.div(b); }
    public static Scalar div(double a, Scalar b) { return new Scalar(b.leftOp(a, DIV)); }
    public static Vector div(double a, Vector b) { return new Vector(b.leftOp(a, DIV)); }
    public static Matrix div(double a, Matrix b) { return new Matrix(b.leftOp(a, DIV)); }
    public static Tensor div(double a, Tensor b) { return new Tensor(b.leftOp(a, DIV)); }
    public static double div(double a, double b) { return a / b; }

    /** {@code a % b}, with the sign of the dividend as in Java. */
    public static Scalar rem(Scalar a, Scalar b) { return a.rem(b); }
    public static Vector rem(Scalar a, Vector b) { return a.rem(b); }
    public static Matrix rem(Scalar a, Matrix b) { return a.rem(b); }
    public static Tensor rem(Scalar a, Tensor b) { return a.rem(b); }
    public static Vector rem(Vector a, Scalar b) { return a.rem(b); }
    public static Vector rem(Vector a, Vector b) { return a.rem(b); }
    public static Matrix rem(Vector a, Matrix b) { return a.rem(b); }
    public static Tensor rem(Vector a, Tensor b) { return a.rem(b); }
    public static Matrix rem(Matrix a, Scalar b) { return a.rem(b); }
    public static Matrix rem(Matrix a, Vector b) { return a.rem(b); }
    public static Matrix rem(Matrix a, Matrix b) { return a.rem(b); }
    public static Tensor rem(Matrix a, Tensor b) { return a.rem(b); }
    public static Tensor rem(Tensor a, Scalar b) { return a.rem(b); }
    public static Tensor rem(Tensor a, Vector b) { return a.rem(b); }
    public static Tensor rem(Tensor a, Matrix b) { return a.rem(b); }
    public static Tensor rem(Tensor a, Tensor b) { return a.rem(b); }
    public static Scalar rem(Scalar a, double b) { return a.rem(b); }
    public static Vector rem(Vector a, double b) { return a.rem(b); }
    public static Matrix rem(Matrix a, double b) { return a.rem(b); }
    public static Tensor rem(Tensor a, double b) { return a.rem(b); }
    public static Scalar rem(double a, Scalar b) { return new Scalar(b.leftOp(a, REM)); }
    public static Vector rem(double a, Vector b) { return new Vector(b.leftOp(a, REM)); }
    public static Matrix rem(double a, Matrix b) { return new Matrix(b.leftOp(a, REM)); }
    public static Tensor rem(double a, Tensor b) { return new Tensor(b.leftOp(a, REM)); }
    public static double rem(double a, double b) { return a % b; }

    /** {@code a} to the power {@code b}, as {@code Math.pow}: always a float. */
    public static Scalar pow(Scalar a, Scalar b) { return a.pow(b); }
    public static Vector pow(Scalar a, Vector b) { return a.pow(b); }
    public static Matrix pow(Scalar a, Matrix b) { return a.pow(b); }
    public static Tensor pow(Scalar a, Tensor b) { return a.pow(b); }
    public static Vector pow(Vector a, Scalar b) { return a.pow(b); }
    public static Vector pow(Vector a, Vector b) { return a.pow(b); }
    public static Matrix pow(Vector a, Matrix b) { return a.pow(b); }
    public static Tensor pow(Vector a, Tensor b) { return a.pow(b); }
    public static Matrix pow(Matrix a, Scalar b) { return a.pow(b); }
    public static Matrix pow(Matrix a, Vector b) { return a.pow(b); }
    public static Matrix pow(Matrix a, Matrix b) { return a.pow(b); }
    public static Tensor pow(Matrix a, Tensor b) { return a.pow(b); }
    public static Tensor pow(Tensor a, Scalar b) { return a.pow(b); }
    public static Tensor pow(Tensor a, Vector b) { return a.pow(b); }
    public static Tensor pow(Tensor a, Matrix b) { return a.pow(b); }
    public static Tensor pow(Tensor a, Tensor b) { return a.pow(b); }
    public static Scalar pow(Scalar a, double b) { return a.pow(b); }
    public static Vector pow(Vector a, double b) { return a.pow(b); }
    public static Matrix pow(Matrix a, double b) { return a.pow(b); }
    public static Tensor pow(Tensor a, double b) { return a.pow(b); }
    public static Scalar pow(double a, Scalar b) { return new Scalar(b.leftOp(a, POW)); }
    public static Vector pow(double a, Vector b) { return new Vector(b.leftOp(a, POW)); }
    public static Matrix pow(double a, Matrix b) { return new Matrix(b.leftOp(a, POW)); }
    public static Tensor pow(double a, Tensor b) { return new Tensor(b.leftOp(a, POW)); }
    public static double pow(double a, double b) { return Math.pow(a, b); }

    /** The larger of {@code a} and {@code b}, elementwise. */
    public static Scalar maximum(Scalar a, Scalar b) { return a.maximum(b); }
    public static Vector maximum(Scalar a, Vector b) { return a.maximum(b); }
    public static Matrix maximum(Scalar a, Matrix b) { return a.maximum(b); }
    public static Tensor maximum(Scalar a, Tensor b) { return a.maximum(b); }
    public static Vector maximum(Vector a, Scalar b) { return a.maximum(b); }
    public static Vector maximum(Vector a, Vector b) { return a.maximum(b); }
    public static Matrix maximum(Vector a, Matrix b) { return a.maximum(b); }
    public static Tensor maximum(Vector a, Tensor b) { return a.maximum(b); }
    public static Matrix maximum(Matrix a, Scalar b) { return a.maximum(b); }
    public static Matrix maximum(Matrix a, Vector b) { return a.maximum(b); }
    public static Matrix maximum(Matrix a, Matrix b) { return a.maximum(b); }
    public static Tensor maximum(Matrix a, Tensor b) { return a.maximum(b); }
    public static Tensor maximum(Tensor a, Scalar b) { return a.maximum(b); }
    public static Tensor maximum(Tensor a, Vector b) { return a.maximum(b); }
    public static Tensor maximum(Tensor a, Matrix b) { return a.maximum(b); }
    public static Tensor maximum(Tensor a, Tensor b) { return a.maximum(b); }
    public static Scalar maximum(Scalar a, double b) { return a.maximum(b); }
    public static Vector maximum(Vector a, double b) { return a.maximum(b); }
    public static Matrix maximum(Matrix a, double b) { return a.maximum(b); }
    public static Tensor maximum(Tensor a, double b) { return a.maximum(b); }
    public static Scalar maximum(double a, Scalar b) { return new Scalar(b.leftOp(a, MAXIMUM)); }
    public static Vector maximum(double a, Vector b) { return new Vector(b.leftOp(a, MAXIMUM)); }
    public static Matrix maximum(double a, Matrix b) { return new Matrix(b.leftOp(a, MAXIMUM)); }
    public static Tensor maximum(double a, Tensor b) { return new Tensor(b.leftOp(a, MAXIMUM)); }
    public static double maximum(double a, double b) { return Math.max(a, b); }

    /** The smaller of {@code a} and {@code b}, elementwise. */
    public static Scalar minimum(Scalar a, Scalar b) { return a.minimum(b); }
    public static Vector minimum(Scalar a, Vector b) { return a.minimum(b); }
    public static Matrix minimum(Scalar a, Matrix b) { return a.minimum(b); }
    public static Tensor minimum(Scalar a, Tensor b) { return a.minimum(b); }
    public static Vector minimum(Vector a, Scalar b) { return a.minimum(b); }
    public static Vector minimum(Vector a, Vector b) { return a.minimum(b); }
    public static Matrix minimum(Vector a, Matrix b) { return a.minimum(b); }
    public static Tensor minimum(Vector a, Tensor b) { return a.minimum(b); }
    public static Matrix minimum(Matrix a, Scalar b) { return a.minimum(b); }
    public static Matrix minimum(Matrix a, Vector b) { return a.minimum(b); }
    public static Matrix minimum(Matrix a, Matrix b) { return a.minimum(b); }
    public static Tensor minimum(Matrix a, Tensor b) { return a.minimum(b); }
    public static Tensor minimum(Tensor a, Scalar b) { return a.minimum(b); }
    public static Tensor minimum(Tensor a, Vector b) { return a.minimum(b); }
    public static Tensor minimum(Tensor a, Matrix b) { return a.minimum(b); }
    public static Tensor minimum(Tensor a, Tensor b) { return a.minimum(b); }
    public static Scalar minimum(Scalar a, double b) { return a.minimum(b); }
    public static Vector minimum(Vector a, double b) { return a.minimum(b); }
    public static Matrix minimum(Matrix a, double b) { return a.minimum(b); }
    public static Tensor minimum(Tensor a, double b) { return a.minimum(b); }
    public static Scalar minimum(double a, Scalar b) { return new Scalar(b.leftOp(a, MINIMUM)); }
    public static Vector minimum(double a, Vector b) { return new Vector(b.leftOp(a, MINIMUM)); }
    public static Matrix minimum(double a, Matrix b) { return new Matrix(b.leftOp(a, MINIMUM)); }
    public static Tensor minimum(double a, Tensor b) { return new Tensor(b.leftOp(a, MINIMUM)); }
    public static double minimum(double a, double b) { return Math.min(a, b); }

    // ---- comparisons: bool, with the higher rank of the operands; a double is a literal as above

    /** {@code a &gt; b}, elementwise: bool. */
    public static Scalar gt(Scalar a, Scalar b) { return a.gt(b); }
    public static Vector gt(Scalar a, Vector b) { return a.gt(b); }
    public static Matrix gt(Scalar a, Matrix b) { return a.gt(b); }
    public static Tensor gt(Scalar a, Tensor b) { return a.gt(b); }
    public static Vector gt(Vector a, Scalar b) { return a.gt(b); }
    public static Vector gt(Vector a, Vector b) { return a.gt(b); }
    public static Matrix gt(Vector a, Matrix b) { return a.gt(b); }
    public static Tensor gt(Vector a, Tensor b) { return a.gt(b); }
    public static Matrix gt(Matrix a, Scalar b) { return a.gt(b); }
    public static Matrix gt(Matrix a, Vector b) { return a.gt(b); }
    public static Matrix gt(Matrix a, Matrix b) { return a.gt(b); }
    public static Tensor gt(Matrix a, Tensor b) { return a.gt(b); }
    public static Tensor gt(Tensor a, Scalar b) { return a.gt(b); }
    public static Tensor gt(Tensor a, Vector b) { return a.gt(b); }
    public static Tensor gt(Tensor a, Matrix b) { return a.gt(b); }
    public static Tensor gt(Tensor a, Tensor b) { return a.gt(b); }
    public static Scalar gt(Scalar a, double b) { return a.gt(b); }
    public static Vector gt(Vector a, double b) { return a.gt(b); }
    public static Matrix gt(Matrix a, double b) { return a.gt(b); }
    public static Tensor gt(Tensor a, double b) { return a.gt(b); }
    public static Scalar gt(double a, Scalar b) { return new Scalar(b.leftOp(a, GT)); }
    public static Vector gt(double a, Vector b) { return new Vector(b.leftOp(a, GT)); }
    public static Matrix gt(double a, Matrix b) { return new Matrix(b.leftOp(a, GT)); }
    public static Tensor gt(double a, Tensor b) { return new Tensor(b.leftOp(a, GT)); }

    /** {@code a &gt;= b}, elementwise: bool. */
    public static Scalar ge(Scalar a, Scalar b) { return a.ge(b); }
    public static Vector ge(Scalar a, Vector b) { return a.ge(b); }
    public static Matrix ge(Scalar a, Matrix b) { return a.ge(b); }
    public static Tensor ge(Scalar a, Tensor b) { return a.ge(b); }
    public static Vector ge(Vector a, Scalar b) { return a.ge(b); }
    public static Vector ge(Vector a, Vector b) { return a.ge(b); }
    public static Matrix ge(Vector a, Matrix b) { return a.ge(b); }
    public static Tensor ge(Vector a, Tensor b) { return a.ge(b); }
    public static Matrix ge(Matrix a, Scalar b) { return a.ge(b); }
    public static Matrix ge(Matrix a, Vector b) { return a.ge(b); }
    public static Matrix ge(Matrix a, Matrix b) { return a.ge(b); }
    public static Tensor ge(Matrix a, Tensor b) { return a.ge(b); }
    public static Tensor ge(Tensor a, Scalar b) { return a.ge(b); }
    public static Tensor ge(Tensor a, Vector b) { return a.ge(b); }
    public static Tensor ge(Tensor a, Matrix b) { return a.ge(b); }
    public static Tensor ge(Tensor a, Tensor b) { return a.ge(b); }
    public static Scalar ge(Scalar a, double b) { return a.ge(b); }
    public static Vector ge(Vector a, double b) { return a.ge(b); }
    public static Matrix ge(Matrix a, double b) { return a.ge(b); }
    public static Tensor ge(Tensor a, double b) { return a.ge(b); }
    public static Scalar ge(double a, Scalar b) { return new Scalar(b.leftOp(a, GE)); }
    public static Vector ge(double a, Vector b) { return new Vector(b.leftOp(a, GE)); }
    public static Matrix ge(double a, Matrix b) { return new Matrix(b.leftOp(a, GE)); }
    public static Tensor ge(double a, Tensor b) { return new Tensor(b.leftOp(a, GE)); }

    /** {@code a &lt; b}, elementwise: bool. */
    public static Scalar lt(Scalar a, Scalar b) { return a.lt(b); }
    public static Vector lt(Scalar a, Vector b) { return a.lt(b); }
    public static Matrix lt(Scalar a, Matrix b) { return a.lt(b); }
    public static Tensor lt(Scalar a, Tensor b) { return a.lt(b); }
    public static Vector lt(Vector a, Scalar b) { return a.lt(b); }
    public static Vector lt(Vector a, Vector b) { return a.lt(b); }
    public static Matrix lt(Vector a, Matrix b) { return a.lt(b); }
    public static Tensor lt(Vector a, Tensor b) { return a.lt(b); }
    public static Matrix lt(Matrix a, Scalar b) { return a.lt(b); }
    public static Matrix lt(Matrix a, Vector b) { return a.lt(b); }
    public static Matrix lt(Matrix a, Matrix b) { return a.lt(b); }
    public static Tensor lt(Matrix a, Tensor b) { return a.lt(b); }
    public static Tensor lt(Tensor a, Scalar b) { return a.lt(b); }
    public static Tensor lt(Tensor a, Vector b) { return a.lt(b); }
    public static Tensor lt(Tensor a, Matrix b) { return a.lt(b); }
    public static Tensor lt(Tensor a, Tensor b) { return a.lt(b); }
    public static Scalar lt(Scalar a, double b) { return a.lt(b); }
    public static Vector lt(Vector a, double b) { return a.lt(b); }
    public static Matrix lt(Matrix a, double b) { return a.lt(b); }
    public static Tensor lt(Tensor a, double b) { return a.lt(b); }
    public static Scalar lt(double a, Scalar b) { return new Scalar(b.leftOp(a, LT)); }
    public static Vector lt(double a, Vector b) { return new Vector(b.leftOp(a, LT)); }
    public static Matrix lt(double a, Matrix b) { return new Matrix(b.leftOp(a, LT)); }
    public static Tensor lt(double a, Tensor b) { return new Tensor(b.leftOp(a, LT)); }

    /** {@code a &lt;= b}, elementwise: bool. */
    public static Scalar le(Scalar a, Scalar b) { return a.le(b); }
    public static Vector le(Scalar a, Vector b) { return a.le(b); }
    public static Matrix le(Scalar a, Matrix b) { return a.le(b); }
    public static Tensor le(Scalar a, Tensor b) { return a.le(b); }
    public static Vector le(Vector a, Scalar b) { return a.le(b); }
    public static Vector le(Vector a, Vector b) { return a.le(b); }
    public static Matrix le(Vector a, Matrix b) { return a.le(b); }
    public static Tensor le(Vector a, Tensor b) { return a.le(b); }
    public static Matrix le(Matrix a, Scalar b) { return a.le(b); }
    public static Matrix le(Matrix a, Vector b) { return a.le(b); }
    public static Matrix le(Matrix a, Matrix b) { return a.le(b); }
    public static Tensor le(Matrix a, Tensor b) { return a.le(b); }
    public static Tensor le(Tensor a, Scalar b) { return a.le(b); }
    public static Tensor le(Tensor a, Vector b) { return a.le(b); }
    public static Tensor le(Tensor a, Matrix b) { return a.le(b); }
    public static Tensor le(Tensor a, Tensor b) { return a.le(b); }
    public static Scalar le(Scalar a, double b) { return a.le(b); }
    public static Vector le(Vector a, double b) { return a.le(b); }
    public static Matrix le(Matrix a, double b) { return a.le(b); }
    public static Tensor le(Tensor a, double b) { return a.le(b); }
    public static Scalar le(double a, Scalar b) { return new Scalar(b.leftOp(a, LE)); }
    public static Vector le(double a, Vector b) { return new Vector(b.leftOp(a, LE)); }
    public static Matrix le(double a, Matrix b) { return new Matrix(b.leftOp(a, LE)); }
    public static Tensor le(double a, Tensor b) { return new Tensor(b.leftOp(a, LE)); }

    /** {@code a == b}, elementwise: bool. */
    public static Scalar eq(Scalar a, Scalar b) { return a.eq(b); }
    public static Vector eq(Scalar a, Vector b) { return a.eq(b); }
    public static Matrix eq(Scalar a, Matrix b) { return a.eq(b); }
    public static Tensor eq(Scalar a, Tensor b) { return a.eq(b); }
    public static Vector eq(Vector a, Scalar b) { return a.eq(b); }
    public static Vector eq(Vector a, Vector b) { return a.eq(b); }
    public static Matrix eq(Vector a, Matrix b) { return a.eq(b); }
    public static Tensor eq(Vector a, Tensor b) { return a.eq(b); }
    public static Matrix eq(Matrix a, Scalar b) { return a.eq(b); }
    public static Matrix eq(Matrix a, Vector b) { return a.eq(b); }
    public static Matrix eq(Matrix a, Matrix b) { return a.eq(b); }
    public static Tensor eq(Matrix a, Tensor b) { return a.eq(b); }
    public static Tensor eq(Tensor a, Scalar b) { return a.eq(b); }
    public static Tensor eq(Tensor a, Vector b) { return a.eq(b); }
    public static Tensor eq(Tensor a, Matrix b) { return a.eq(b); }
    public static Tensor eq(Tensor a, Tensor b) { return a.eq(b); }
    public static Scalar eq(Scalar a, double b) { return a.eq(b); }
    public static Vector eq(Vector a, double b) { return a.eq(b); }
    public static Matrix eq(Matrix a, double b) { return a.eq(b); }
    public static Tensor eq(Tensor a, double b) { return a.eq(b); }
    public static Scalar eq(double a, Scalar b) { return new Scalar(b.leftOp(a, EQ)); }
    public static Vector eq(double a, Vector b) { return new Vector(b.leftOp(a, EQ)); }
    public static Matrix eq(double a, Matrix b) { return new Matrix(b.leftOp(a, EQ)); }
    public static Tensor eq(double a, Tensor b) { return new Tensor(b.leftOp(a, EQ)); }

    /** {@code a != b}, elementwise: bool. */
    public static Scalar ne(Scalar a, Scalar b) { return a.ne(b); }
    public static Vector ne(Scalar a, Vector b) { return a.ne(b); }
    public static Matrix ne(Scalar a, Matrix b) { return a.ne(b); }
    public static Tensor ne(Scalar a, Tensor b) { return a.ne(b); }
    public static Vector ne(Vector a, Scalar b) { return a.ne(b); }
    public static Vector ne(Vector a, Vector b) { return a.ne(b); }
    public static Matrix ne(Vector a, Matrix b) { return a.ne(b); }
    public static Tensor ne(Vector a, Tensor b) { return a.ne(b); }
    public static Matrix ne(Matrix a, Scalar b) { return a.ne(b); }
    public static Matrix ne(Matrix a, Vector b) { return a.ne(b); }
    public static Matrix ne(Matrix a, Matrix b) { return a.ne(b); }
    public static Tensor ne(Matrix a, Tensor b) { return a.ne(b); }
    public static Tensor ne(Tensor a, Scalar b) { return a.ne(b); }
    public static Tensor ne(Tensor a, Vector b) { return a.ne(b); }
    public static Tensor ne(Tensor a, Matrix b) { return a.ne(b); }
    public static Tensor ne(Tensor a, Tensor b) { return a.ne(b); }
    public static Scalar ne(Scalar a, double b) { return a.ne(b); }
    public static Vector ne(Vector a, double b) { return a.ne(b); }
    public static Matrix ne(Matrix a, double b) { return a.ne(b); }
    public static Tensor ne(Tensor a, double b) { return a.ne(b); }
    public static Scalar ne(double a, Scalar b) { return new Scalar(b.leftOp(a, NE)); }
    public static Vector ne(double a, Vector b) { return new Vector(b.leftOp(a, NE)); }
    public static Matrix ne(double a, Matrix b) { return new Matrix(b.leftOp(a, NE)); }
    public static Tensor ne(double a, Tensor b) { return new Tensor(b.leftOp(a, NE)); }

    // On two plain doubles the comparison is computed; in a @Symbolic method primitive scalars are
    // symbolic, and these make a comparison of them type-check as javac reads the body.
    public static boolean gt(double a, double b) { return a > b; }
    public static boolean ge(double a, double b) { return a >= b; }
    public static boolean lt(double a, double b) { return a < b; }
    public static boolean le(double a, double b) { return a <= b; }
    public static boolean eq(double a, double b) { return a == b; }
    public static boolean ne(double a, double b) { return a != b; }

    // ---- where: a condition and two branches of any ranks, broadcast together, or literals typed by the other
    //      branch; a condition that is not bool means != 0

    /** {@code a} where {@code c} holds, else {@code b}, elementwise; the branches' dtypes promoted. */
    public static Scalar where(Scalar c, Scalar a, Scalar b) { return new Scalar(select(c, a.node, b.node)); }
    public static Vector where(Scalar c, Scalar a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    public static Matrix where(Scalar c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Scalar where(Scalar c, Scalar a, double b) { return new Scalar(select(c, a.node, literal(b, a))); }
    public static Vector where(Scalar c, Vector a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    public static Vector where(Scalar c, Vector a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    public static Matrix where(Scalar c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Vector where(Scalar c, Vector a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    public static Matrix where(Scalar c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Scalar c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Scalar c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Matrix where(Scalar c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    public static Tensor where(Scalar c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Scalar c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Scalar where(Scalar c, double a, Scalar b) { return new Scalar(select(c, literal(a, b), b.node)); }
    public static Vector where(Scalar c, double a, Vector b) { return new Vector(select(c, literal(a, b), b.node)); }
    public static Matrix where(Scalar c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    public static Tensor where(Scalar c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Scalar where(Scalar c, double a, double b) { return new Scalar(select(c, literal(a), literal(b))); }
    public static Vector where(Vector c, Scalar a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    public static Vector where(Vector c, Scalar a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    public static Matrix where(Vector c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Vector where(Vector c, Scalar a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    public static Vector where(Vector c, Vector a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    public static Vector where(Vector c, Vector a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    public static Matrix where(Vector c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Vector where(Vector c, Vector a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    public static Matrix where(Vector c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Vector c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Vector c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Matrix where(Vector c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    public static Tensor where(Vector c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Vector c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Vector where(Vector c, double a, Scalar b) { return new Vector(select(c, literal(a, b), b.node)); }
    public static Vector where(Vector c, double a, Vector b) { return new Vector(select(c, literal(a, b), b.node)); }
    public static Matrix where(Vector c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    public static Tensor where(Vector c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Vector where(Vector c, double a, double b) { return new Vector(select(c, literal(a), literal(b))); }
    public static Matrix where(Matrix c, Scalar a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Scalar a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Scalar a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    public static Matrix where(Matrix c, Vector a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Vector a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Vector a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    public static Matrix where(Matrix c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Matrix where(Matrix c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    public static Tensor where(Matrix c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Matrix c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Matrix where(Matrix c, double a, Scalar b) { return new Matrix(select(c, literal(a, b), b.node)); }
    public static Matrix where(Matrix c, double a, Vector b) { return new Matrix(select(c, literal(a, b), b.node)); }
    public static Matrix where(Matrix c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    public static Tensor where(Matrix c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Matrix where(Matrix c, double a, double b) { return new Matrix(select(c, literal(a), literal(b))); }
    public static Tensor where(Tensor c, Scalar a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Scalar a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Scalar a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Scalar a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Tensor where(Tensor c, Vector a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Vector a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Vector a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Vector a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Tensor where(Tensor c, Matrix a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Matrix a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Matrix a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Matrix a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Tensor where(Tensor c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    public static Tensor where(Tensor c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    public static Tensor where(Tensor c, double a, Scalar b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Tensor where(Tensor c, double a, Vector b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Tensor where(Tensor c, double a, Matrix b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Tensor where(Tensor c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    public static Tensor where(Tensor c, double a, double b) { return new Tensor(select(c, literal(a), literal(b))); }

    // On plain values the choice is computed; in a @Symbolic method a comparison of primitive scalars
    // (gt(x, 0.0), or x > 0) is a symbolic bool, and these make where(...) of it type-check.
    public static double where(boolean c, double a, double b) { return c ? a : b; }
    public static float where(boolean c, float a, float b) { return c ? a : b; }

    // ---- elementwise math: same rank; neg, abs and square keep the dtype, the others give the float dtype
    // of x (integers give float64). On a double, the value is computed.

    /** The negation {@code -x}; keeps the dtype. */
    public static Scalar neg(Scalar x) { return x.neg(); }
    public static Vector neg(Vector x) { return x.neg(); }
    public static Matrix neg(Matrix x) { return x.neg(); }
    public static Tensor neg(Tensor x) { return x.neg(); }
    public static double neg(double x) { return -x; }

    /** {@code |x|}; keeps the dtype. */
    public static Scalar abs(Scalar x) { return x.abs(); }
    public static Vector abs(Vector x) { return x.abs(); }
    public static Matrix abs(Matrix x) { return x.abs(); }
    public static Tensor abs(Tensor x) { return x.abs(); }
    public static double abs(double x) { return Math.abs(x); }

    /** {@code x * x}; keeps the dtype. */
    public static Scalar square(Scalar x) { return x.square(); }
    public static Vector square(Vector x) { return x.square(); }
    public static Matrix square(Matrix x) { return x.square(); }
    public static Tensor square(Tensor x) { return x.square(); }
    public static double square(double x) { return x * x; }

    /** The square root. */
    public static Scalar sqrt(Scalar x) { return x.sqrt(); }
    public static Vector sqrt(Vector x) { return x.sqrt(); }
    public static Matrix sqrt(Matrix x) { return x.sqrt(); }
    public static Tensor sqrt(Tensor x) { return x.sqrt(); }
    public static double sqrt(double x) { return Math.sqrt(x); }

    /** {@code e^x}. */
    public static Scalar exp(Scalar x) { return x.exp(); }
    public static Vector exp(Vector x) { return x.exp(); }
    public static Matrix exp(Matrix x) { return x.exp(); }
    public static Tensor exp(Tensor x) { return x.exp(); }
    public static double exp(double x) { return Math.exp(x); }

    /** {@code e^x - 1}, accurate near 0. */
    public static Scalar expm1(Scalar x) { return x.expm1(); }
    public static Vector expm1(Vector x) { return x.expm1(); }
    public static Matrix expm1(Matrix x) { return x.expm1(); }
    public static Tensor expm1(Tensor x) { return x.expm1(); }
    public static double expm1(double x) { return Math.expm1(x); }

    /** The natural logarithm. */
    public static Scalar log(Scalar x) { return x.log(); }
    public static Vector log(Vector x) { return x.log(); }
    public static Matrix log(Matrix x) { return x.log(); }
    public static Tensor log(Tensor x) { return x.log(); }
    public static double log(double x) { return Math.log(x); }

    /** {@code log(1 + x)}, accurate near 0. */
    public static Scalar log1p(Scalar x) { return x.log1p(); }
    public static Vector log1p(Vector x) { return x.log1p(); }
    public static Matrix log1p(Matrix x) { return x.log1p(); }
    public static Tensor log1p(Tensor x) { return x.log1p(); }
    public static double log1p(double x) { return Math.log1p(x); }

    /** The logistic function {@code 1 / (1 + e^-x)}. */
    public static Scalar sigmoid(Scalar x) { return x.sigmoid(); }
    public static Vector sigmoid(Vector x) { return x.sigmoid(); }
    public static Matrix sigmoid(Matrix x) { return x.sigmoid(); }
    public static Tensor sigmoid(Tensor x) { return x.sigmoid(); }
    public static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }

    /** {@code log(1 + e^x)}, computed without overflow. */
    public static Scalar softplus(Scalar x) { return x.softplus(); }
    public static Vector softplus(Vector x) { return x.softplus(); }
    public static Matrix softplus(Matrix x) { return x.softplus(); }
    public static Tensor softplus(Tensor x) { return x.softplus(); }
    public static double softplus(double x) { return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))); }

    /** The hyperbolic tangent. */
    public static Scalar tanh(Scalar x) { return x.tanh(); }
    public static Vector tanh(Vector x) { return x.tanh(); }
    public static Matrix tanh(Matrix x) { return x.tanh(); }
    public static Tensor tanh(Tensor x) { return x.tanh(); }
    public static double tanh(double x) { return Math.tanh(x); }

    /** The sine. */
    public static Scalar sin(Scalar x) { return x.sin(); }
    public static Vector sin(Vector x) { return x.sin(); }
    public static Matrix sin(Matrix x) { return x.sin(); }
    public static Tensor sin(Tensor x) { return x.sin(); }
    public static double sin(double x) { return Math.sin(x); }

    /** The cosine. */
    public static Scalar cos(Scalar x) { return x.cos(); }
    public static Vector cos(Vector x) { return x.cos(); }
    public static Matrix cos(Matrix x) { return x.cos(); }
    public static Tensor cos(Tensor x) { return x.cos(); }
    public static double cos(double x) { return Math.cos(x); }
    // ---- reductions: without an axis a Scalar; with an axis (negative counts from the end) one rank less

    /** The sum of the elements; integers and bools sum to int64, floats keep their dtype. */
    public static Scalar sum(Scalar x) { return x.sum(); }
    public static Scalar sum(Vector x) { return x.sum(); }
    public static Scalar sum(Matrix x) { return x.sum(); }
    public static Scalar sum(Tensor x) { return x.sum(); }
    public static Scalar sum(Vector x, int axis) { return x.sum(axis); }
    public static Vector sum(Matrix x, int axis) { return x.sum(axis); }
    public static Tensor sum(Tensor x, int axis) { return x.sum(axis); }

    /** The mean of the elements, in the float dtype of {@code x}. */
    public static Scalar mean(Scalar x) { return x.mean(); }
    public static Scalar mean(Vector x) { return x.mean(); }
    public static Scalar mean(Matrix x) { return x.mean(); }
    public static Scalar mean(Tensor x) { return x.mean(); }
    public static Scalar mean(Vector x, int axis) { return x.mean(axis); }
    public static Vector mean(Matrix x, int axis) { return x.mean(axis); }
    public static Tensor mean(Tensor x, int axis) { return x.mean(axis); }

    /** The largest element, in the dtype of {@code x}. */
    public static Scalar max(Scalar x) { return x.max(); }
    public static Scalar max(Vector x) { return x.max(); }
    public static Scalar max(Matrix x) { return x.max(); }
    public static Scalar max(Tensor x) { return x.max(); }
    public static Scalar max(Vector x, int axis) { return x.max(axis); }
    public static Vector max(Matrix x, int axis) { return x.max(axis); }
    public static Tensor max(Tensor x, int axis) { return x.max(axis); }

    /** The smallest element, in the dtype of {@code x}. */
    public static Scalar min(Scalar x) { return x.min(); }
    public static Scalar min(Vector x) { return x.min(); }
    public static Scalar min(Matrix x) { return x.min(); }
    public static Scalar min(Tensor x) { return x.min(); }
    public static Scalar min(Vector x, int axis) { return x.min(axis); }
    public static Vector min(Matrix x, int axis) { return x.min(axis); }
    public static Tensor min(Tensor x, int axis) { return x.min(axis); }

    /** The index of the first largest element (row-major without an axis): int64. */
    public static Scalar argmax(Scalar x) { return x.argmax(); }
    public static Scalar argmax(Vector x) { return x.argmax(); }
    public static Scalar argmax(Matrix x) { return x.argmax(); }
    public static Scalar argmax(Tensor x) { return x.argmax(); }
    public static Scalar argmax(Vector x, int axis) { return x.argmax(axis); }
    public static Vector argmax(Matrix x, int axis) { return x.argmax(axis); }
    public static Tensor argmax(Tensor x, int axis) { return x.argmax(axis); }

    // ---- products and shapes

    /** Inner, matrix-vector, vector-matrix or matrix product, in the promoted dtype. */
    public static Scalar dot(Vector a, Vector b) { return a.dot(b); }
    public static Vector dot(Matrix a, Vector b) { return a.dot(b); }
    public static Vector dot(Vector a, Matrix b) { return a.dot(b); }
    public static Matrix dot(Matrix a, Matrix b) { return a.dot(b); }

    /** The outer product {@code a[i] * b[j]}, in the promoted dtype. */
    public static Matrix outer(Vector a, Vector b) { return a.outer(b); }

    /** The dimensions reversed, or permuted: dimension i of the result is dimension {@code permutation[i]} of x. */
    public static Matrix transpose(Matrix x) { return x.transpose(); }
    public static Tensor transpose(Tensor x) { return x.transpose(); }
    public static Tensor transpose(Tensor x, int... permutation) { return x.transpose(permutation); }

    /** The elements, row-major, in a new shape of as many dimensions as sizes given (one may be -1); same dtype. */
    public static Vector reshape(SymbolicValue x, int size) { return x.reshape(size); }
    public static Matrix reshape(SymbolicValue x, int rows, int cols) { return x.reshape(rows, cols); }
    public static Tensor reshape(SymbolicValue x, int... shape) { return x.reshape(shape); }

    /** {@code x} converted to {@code dtype}; floats become integers by truncation toward zero. */
    public static Scalar cast(Scalar x, DType dtype) { return x.cast(dtype); }
    public static Vector cast(Vector x, DType dtype) { return x.cast(dtype); }
    public static Matrix cast(Matrix x, DType dtype) { return x.cast(dtype); }
    public static Tensor cast(Tensor x, DType dtype) { return x.cast(dtype); }

    // ---- indexing and making arrays; integer indices out of range throw IndexOutOfBoundsException at run time

    /** The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}. */
    public static Scalar get(Vector x, int i) { return x.get(i); }
    public static Scalar get(Vector x, Scalar i) { return x.get(i); }
    public static Vector get(Matrix x, int i) { return x.get(i); }
    public static Vector get(Matrix x, Scalar i) { return x.get(i); }
    public static Tensor get(Tensor x, int i) { return x.get(i); }
    public static Tensor get(Tensor x, Scalar i) { return x.get(i); }

    /** NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions. */
    public static Scalar take(Vector x, Scalar indices, int axis) { return x.take(indices, axis); }
    public static Vector take(Vector x, Vector indices, int axis) { return x.take(indices, axis); }
    public static Matrix take(Vector x, Matrix indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Vector x, Tensor indices, int axis) { return x.take(indices, axis); }
    public static Vector take(Matrix x, Scalar indices, int axis) { return x.take(indices, axis); }
    public static Matrix take(Matrix x, Vector indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Matrix x, Matrix indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Matrix x, Tensor indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Tensor x, Scalar indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Tensor x, Vector indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Tensor x, Matrix indices, int axis) { return x.take(indices, axis); }
    public static Tensor take(Tensor x, Tensor indices, int axis) { return x.take(indices, axis); }

    /**
     * NumPy's {@code take_along_axis}: integer indices of x's rank pick along {@code axis};
     * {@code takeAlongAxis(p, y.reshape(-1, 1), 1)} is Theano's {@code p[arange(n), y]}.
     */
    public static Vector takeAlongAxis(Vector x, Vector indices, int axis) { return x.takeAlongAxis(indices, axis); }
    public static Matrix takeAlongAxis(Matrix x, Matrix indices, int axis) { return x.takeAlongAxis(indices, axis); }
    public static Tensor takeAlongAxis(Tensor x, Tensor indices, int axis) { return x.takeAlongAxis(indices, axis); }

    /** NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds clamp. */
    public static Vector slice(Vector x, int axis, int start, int stop) { return x.slice(axis, start, stop); }
    public static Matrix slice(Matrix x, int axis, int start, int stop) { return x.slice(axis, start, stop); }
    public static Tensor slice(Tensor x, int axis, int start, int stop) { return x.slice(axis, start, stop); }

    /** {@code 0, 1, ..., n-1} as int64; empty for n at most 0. */
    public static Vector arange(int n) { return new Vector(IndexingOps.arange(n)); }
    public static Vector arange(Scalar n) { return new Vector(IndexingOps.arange(n.node)); }

    /** The n-by-n float64 identity matrix. */
    public static Matrix eye(int n) { return new Matrix(IndexingOps.eye(n)); }

    /** float64 rows, one per integer label, with 1 at the label's column of {@code depth} and 0 elsewhere (all 0 for a label outside 0..depth-1). */
    public static Vector oneHot(Scalar labels, int depth) { return new Vector(IndexingOps.oneHot(labels.node, depth)); }
    public static Matrix oneHot(Vector labels, int depth) { return new Matrix(IndexingOps.oneHot(labels.node, depth)); }

    /** Zeros, and ones, of x's shape and dtype. */
    public static Scalar zerosLike(Scalar x) { return new Scalar(IndexingOps.zerosLike(x.node)); }
    public static Vector zerosLike(Vector x) { return new Vector(IndexingOps.zerosLike(x.node)); }
    public static Matrix zerosLike(Matrix x) { return new Matrix(IndexingOps.zerosLike(x.node)); }
    public static Tensor zerosLike(Tensor x) { return new Tensor(IndexingOps.zerosLike(x.node)); }
    public static Scalar onesLike(Scalar x) { return new Scalar(IndexingOps.onesLike(x.node)); }
    public static Vector onesLike(Vector x) { return new Vector(IndexingOps.onesLike(x.node)); }
    public static Matrix onesLike(Matrix x) { return new Matrix(IndexingOps.onesLike(x.node)); }
    public static Tensor onesLike(Tensor x) { return new Tensor(IndexingOps.onesLike(x.node)); }

    // ---- softmax and losses: in the float dtype of the operands

    /** Softmax along the last axis (of each row of a Matrix), computed stably. */
    public static Vector softmax(Vector x) { return x.softmax(); }
    public static Matrix softmax(Matrix x) { return x.softmax(); }
    public static Tensor softmax(Tensor x) { return x.softmax(); }

    /** The log of softmax along the last axis, computed stably as {@code x - logsumexp(x)}. */
    public static Vector logSoftmax(Vector x) { return x.logSoftmax(); }
    public static Matrix logSoftmax(Matrix x) { return x.logSoftmax(); }
    public static Tensor logSoftmax(Tensor x) { return x.logSoftmax(); }

    /** {@code -(t log p + (1 - t) log(1 - p))} per element, for probabilities {@code p} and targets {@code t}. */
    public static Scalar binaryCrossentropy(Scalar p, Scalar t) {
        return new Scalar(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    public static Vector binaryCrossentropy(Vector p, Vector t) {
        return new Vector(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    public static Matrix binaryCrossentropy(Matrix p, Matrix t) {
        return new Matrix(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    public static Tensor binaryCrossentropy(Tensor p, Tensor t) {
        return new Tensor(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    /** {@code -sum(t log p)} along the last axis: per row of a Matrix of probabilities and one-hot targets. */
    public static Scalar categoricalCrossentropy(Vector p, Vector t) {
        return new Scalar(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    public static Vector categoricalCrossentropy(Matrix p, Matrix t) {
        return new Vector(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    public static Tensor categoricalCrossentropy(Tensor p, Tensor t) {
        return new Tensor(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    /**
     * {@code -log p[y]} along the last axis for integer class labels {@code y}, one per row of a Matrix
     * of probabilities: Theano's crossentropy with integer labels. Of a softmax, computed as the picked
     * logSoftmax, without underflow; a label outside the row gives +inf.
     */
    public static Scalar categoricalCrossentropy(Vector p, Scalar labels) {
        return new Scalar(GraphOps.categoricalCrossentropyOfLabels(p.node, labels.node));
    }

    public static Vector categoricalCrossentropy(Matrix p, Vector labels) {
        return new Vector(GraphOps.categoricalCrossentropyOfLabels(p.node, labels.node));
    }

    // ---- more elementwise math: rounding, sign, erf, logarithms in other bases, relu and clip

    /** The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient. */
    public static Scalar sign(Scalar x) { return x.sign(); }
    public static Vector sign(Vector x) { return x.sign(); }
    public static Matrix sign(Matrix x) { return x.sign(); }
    public static Tensor sign(Tensor x) { return x.sign(); }
    public static double sign(double x) { return Math.signum(x); }

    /** Rounded toward -inf, as a float; it passes a zero gradient. */
    public static Scalar floor(Scalar x) { return x.floor(); }
    public static Vector floor(Vector x) { return x.floor(); }
    public static Matrix floor(Matrix x) { return x.floor(); }
    public static Tensor floor(Tensor x) { return x.floor(); }
    public static double floor(double x) { return Math.floor(x); }

    /** Rounded toward +inf, as a float; it passes a zero gradient. */
    public static Scalar ceil(Scalar x) { return x.ceil(); }
    public static Vector ceil(Vector x) { return x.ceil(); }
    public static Matrix ceil(Matrix x) { return x.ceil(); }
    public static Tensor ceil(Tensor x) { return x.ceil(); }
    public static double ceil(double x) { return Math.ceil(x); }

    /** Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a zero gradient. */
    public static Scalar round(Scalar x) { return x.round(); }
    public static Vector round(Vector x) { return x.round(); }
    public static Matrix round(Matrix x) { return x.round(); }
    public static Tensor round(Tensor x) { return x.round(); }
    public static double round(double x) { return Math.rint(x); }

    /** The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}. */
    public static Scalar erf(Scalar x) { return x.erf(); }
    public static Vector erf(Vector x) { return x.erf(); }
    public static Matrix erf(Matrix x) { return x.erf(); }
    public static Tensor erf(Tensor x) { return x.erf(); }
    public static double erf(double x) { return ScalarMath.erf(x); }

    /** The base-2 logarithm. */
    public static Scalar log2(Scalar x) { return x.log2(); }
    public static Vector log2(Vector x) { return x.log2(); }
    public static Matrix log2(Matrix x) { return x.log2(); }
    public static Tensor log2(Tensor x) { return x.log2(); }
    public static double log2(double x) { return ScalarMath.log2(x); }

    /** The base-10 logarithm. */
    public static Scalar log10(Scalar x) { return x.log10(); }
    public static Vector log10(Vector x) { return x.log10(); }
    public static Matrix log10(Matrix x) { return x.log10(); }
    public static Tensor log10(Tensor x) { return x.log10(); }
    public static double log10(double x) { return Math.log10(x); }

    /** {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1. */
    public static Scalar relu(Scalar x) { return x.relu(); }
    public static Vector relu(Vector x) { return x.relu(); }
    public static Matrix relu(Matrix x) { return x.relu(); }
    public static Tensor relu(Tensor x) { return x.relu(); }
    public static double relu(double x) { return Math.max(x, 0); }

    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     */
    public static Scalar clip(Scalar x, Scalar lo, Scalar hi) { return new Scalar(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Scalar x, Scalar lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Scalar x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Scalar clip(Scalar x, Scalar lo, double hi) { return new Scalar(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Vector clip(Scalar x, Vector lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Scalar x, Vector lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Scalar x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Scalar x, Vector lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Matrix clip(Scalar x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Scalar x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Scalar x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Scalar x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Scalar x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Scalar x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Scalar clip(Scalar x, double lo, Scalar hi) { return new Scalar(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Vector clip(Scalar x, double lo, Vector hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Matrix clip(Scalar x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Scalar x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Scalar clip(Scalar x, double lo, double hi) { return new Scalar(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    public static Vector clip(Vector x, Scalar lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Vector x, Scalar lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Vector x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Vector x, Scalar lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Vector clip(Vector x, Vector lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Vector x, Vector lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Vector x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Vector clip(Vector x, Vector lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Matrix clip(Vector x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Vector x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Vector x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Vector x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Vector x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Vector x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Vector clip(Vector x, double lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Vector clip(Vector x, double lo, Vector hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Matrix clip(Vector x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Vector x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Vector clip(Vector x, double lo, double hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    public static Matrix clip(Matrix x, Scalar lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Scalar lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Scalar lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Matrix clip(Matrix x, Vector lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Vector lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Vector lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Matrix clip(Matrix x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Matrix clip(Matrix x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Matrix x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Matrix x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Matrix clip(Matrix x, double lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Matrix clip(Matrix x, double lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Matrix clip(Matrix x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Matrix x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Matrix clip(Matrix x, double lo, double hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    public static Tensor clip(Tensor x, Scalar lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Scalar lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Scalar lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Scalar lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Tensor x, Vector lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Vector lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Vector lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Vector lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Tensor x, Matrix lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Matrix lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Matrix lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Matrix lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Tensor x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    public static Tensor clip(Tensor x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    public static Tensor clip(Tensor x, double lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Tensor x, double lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Tensor x, double lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Tensor x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    public static Tensor clip(Tensor x, double lo, double hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    public static double clip(double x, double lo, double hi) { return Math.min(Math.max(x, lo), hi); }

    // ---- more reductions: over all elements a Scalar, along an axis one rank less; and running sums

    /** The product of the elements; 1 of none. Integers multiply in int64, wrapping. */
    public static Scalar prod(Scalar x) { return x.prod(); }
    public static Scalar prod(Vector x) { return x.prod(); }
    public static Scalar prod(Matrix x) { return x.prod(); }
    public static Scalar prod(Tensor x) { return x.prod(); }
    public static Scalar prod(Vector x, int axis) { return x.prod(axis); }
    public static Vector prod(Matrix x, int axis) { return x.prod(axis); }
    public static Tensor prod(Tensor x, int axis) { return x.prod(axis); }

    /** The index of the first minimum, int64: in the flattened array, or along the axis. */
    public static Scalar argmin(Scalar x) { return x.argmin(); }
    public static Scalar argmin(Vector x) { return x.argmin(); }
    public static Scalar argmin(Matrix x) { return x.argmin(); }
    public static Scalar argmin(Tensor x) { return x.argmin(); }
    public static Scalar argmin(Vector x, int axis) { return x.argmin(axis); }
    public static Vector argmin(Matrix x, int axis) { return x.argmin(axis); }
    public static Tensor argmin(Tensor x, int axis) { return x.argmin(axis); }

    /** The population variance (NumPy's default, ddof 0), computed in two passes. */
    public static Scalar var(Scalar x) { return x.var(); }
    public static Scalar var(Vector x) { return x.var(); }
    public static Scalar var(Matrix x) { return x.var(); }
    public static Scalar var(Tensor x) { return x.var(); }
    public static Scalar var(Vector x, int axis) { return x.var(axis); }
    public static Vector var(Matrix x, int axis) { return x.var(axis); }
    public static Tensor var(Tensor x, int axis) { return x.var(axis); }

    /** The population standard deviation, {@code sqrt(var(x))}. */
    public static Scalar std(Scalar x) { return x.std(); }
    public static Scalar std(Vector x) { return x.std(); }
    public static Scalar std(Matrix x) { return x.std(); }
    public static Scalar std(Tensor x) { return x.std(); }
    public static Scalar std(Vector x, int axis) { return x.std(axis); }
    public static Vector std(Matrix x, int axis) { return x.std(axis); }
    public static Tensor std(Tensor x, int axis) { return x.std(axis); }

    /** {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum. */
    public static Scalar logSumExp(Scalar x) { return x.logSumExp(); }
    public static Scalar logSumExp(Vector x) { return x.logSumExp(); }
    public static Scalar logSumExp(Matrix x) { return x.logSumExp(); }
    public static Scalar logSumExp(Tensor x) { return x.logSumExp(); }
    public static Scalar logSumExp(Vector x, int axis) { return x.logSumExp(axis); }
    public static Vector logSumExp(Matrix x, int axis) { return x.logSumExp(axis); }
    public static Tensor logSumExp(Tensor x, int axis) { return x.logSumExp(axis); }

    /** Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the reverse running sum. */
    public static Vector cumsum(Vector x, int axis) { return x.cumsum(axis); }
    public static Matrix cumsum(Matrix x, int axis) { return x.cumsum(axis); }
    public static Tensor cumsum(Tensor x, int axis) { return x.cumsum(axis); }

    // ---- joining, and linear algebra beyond dot

    /**
     * NumPy's {@code concatenate(xs, axis)}: operands of one rank joined along {@code axis}, in their
     * promoted dtype; every other dimension must agree (a ShapeException otherwise).
     */
    public static Vector concatenate(int axis, Vector... xs) { return new Vector(IndexingOps.concatenate(axis, nodes(xs))); }
    public static Matrix concatenate(int axis, Matrix... xs) { return new Matrix(IndexingOps.concatenate(axis, nodes(xs))); }
    public static Tensor concatenate(int axis, Tensor... xs) { return new Tensor(IndexingOps.concatenate(axis, nodes(xs))); }

    /**
     * NumPy's {@code stack(xs, axis)}: operands of one shape joined along a new axis at {@code axis} of
     * the result (negative counts from the end).
     */
    public static Vector stack(int axis, Scalar... xs) { return new Vector(IndexingOps.stack(axis, nodes(xs))); }
    public static Matrix stack(int axis, Vector... xs) { return new Matrix(IndexingOps.stack(axis, nodes(xs))); }
    public static Tensor stack(int axis, Matrix... xs) { return new Tensor(IndexingOps.stack(axis, nodes(xs))); }
    public static Tensor stack(int axis, Tensor... xs) { return new Tensor(IndexingOps.stack(axis, nodes(xs))); }

    /** NumPy's {@code matmul} of rank-3 batches, a Matrix multiplying each matrix of the batch. */
    public static Tensor dot(Tensor a, Tensor b) { return a.dot(b); }
    public static Tensor dot(Tensor a, Matrix b) { return a.dot(b); }
    public static Tensor dot(Matrix a, Tensor b) { return a.dot(b); }

    /** NumPy's {@code diag}: a Vector on the diagonal of a square Matrix, or a Matrix's diagonal. */
    public static Matrix diag(Vector x) { return new Matrix(LinearAlgebraOps.diag(x.node)); }
    public static Vector diag(Matrix x) { return new Vector(LinearAlgebraOps.diag(x.node)); }

    /** The sum of a Matrix's diagonal. */
    public static Scalar trace(Matrix x) { return new Scalar(LinearAlgebraOps.trace(x.node)); }

    private static List<Node> nodes(SymbolicValue... values) {
        return nodes(List.of(values));
    }

    // ---- gradients and updates

    /**
     * The gradient of {@code cost} with respect to {@code wrt}: an input, a shared value or an
     * intermediate, used by the cost. It has {@code wrt}'s type, and can be differentiated again.
     *
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not a float Scalar, or does not depend on {@code wrt}
     */
    public static Scalar grad(SymbolicValue cost, Scalar wrt) { return new Scalar(Autodiff.grad(cost.node, wrt.node)); }
    public static Vector grad(SymbolicValue cost, Vector wrt) { return new Vector(Autodiff.grad(cost.node, wrt.node)); }
    public static Matrix grad(SymbolicValue cost, Matrix wrt) { return new Matrix(Autodiff.grad(cost.node, wrt.node)); }
    public static Tensor grad(SymbolicValue cost, Tensor wrt) { return new Tensor(Autodiff.grad(cost.node, wrt.node)); }

    /**
     * Lets {@code grad} of primitive scalars type-check in a {@code @Symbolic} method, where they are
     * symbolic; a plain double has no graph to differentiate.
     *
     * @throws UnsupportedOperationException always, when called outside compilation
     */
    public static double grad(double cost, double wrt) { throw plainDoubleGrad(); }
    public static float grad(float cost, float wrt) { throw plainDoubleGrad(); }
    public static double grad(SymbolicValue cost, double wrt) { throw plainDoubleGrad(); }

    /**
     * Schedules {@code newValue} as the value of the {@code @Shared} field {@code shared} after the
     * call; all updates of a call apply together, after its outputs. Recorded by the {@link Trace}
     * open on this thread. The new value must have the shared value's rank and a dtype that converts to
     * its dtype without changing kind (no float into an integer); it is converted. A double literal
     * takes the shared value's dtype, unless it is fractional and the shared value an integer.
     *
     * @throws IllegalStateException if no trace is open: outside a compiled or traced method there is
     *     nothing to schedule
     * @throws dev.symbolon.internal.ir.GraphException if the types do not fit, {@code shared} is not a shared
     *     value, or it is updated twice
     */
    public static void update(SymbolicValue shared, SymbolicValue newValue) {
        Trace.record(shared.node, newValue.node);
    }

    public static void update(SymbolicValue shared, double newValue) {
        Trace.record(shared.node, GraphOps.literalFor(newValue, newValue != Math.rint(newValue), shared.node));
    }

    /**
     * Lets {@code update} of a primitive {@code @Shared} field ({@code @Shared double rate;}) type-check
     * in a {@code @Symbolic} method, where the field is symbolic; a plain double is no shared value.
     *
     * @throws UnsupportedOperationException always, when called outside compilation
     */
    public static void update(double shared, double newValue) { throw plainDoubleUpdate(); }
    public static void update(double shared, SymbolicValue newValue) { throw plainDoubleUpdate(); }

    // ---- helpers

    private static Node literal(double value, SymbolicValue other) {
        return GraphOps.literalFor(value, true, other.node);
    }

    private static Node literal(double value) {
        return GraphOps.constant(value, DType.FLOAT64);
    }

    private static Node select(SymbolicValue condition, Node ifTrue, Node ifFalse) {
        return GraphOps.where(condition.node, ifTrue, ifFalse);
    }

    private static UnsupportedOperationException plainDoubleUpdate() {
        return new UnsupportedOperationException("update of a plain double has meaning only inside a @Symbolic"
                + " method compiled by Symbolon, where a primitive @Shared field is symbolic; to trace an update,"
                + " use a Scalar shared value");
    }

    private static UnsupportedOperationException plainDoubleGrad() {
        return new UnsupportedOperationException("grad of plain doubles has meaning only inside a @Symbolic"
                + " method compiled by Symbolon, where primitive scalars are symbolic; to trace a gradient,"
                + " use Scalar values");
    }

    // ---- graphs built at run time (Theano's function): inputs, and functions of them

    /** A float64 scalar input named {@code name}, for {@link #function}. */
    public static Scalar scalar(String name) { return scalar(name, DType.FLOAT64); }
    public static Scalar scalar(String name, DType dtype) { return Scalar.input(inputName(name), dtype); }

    /** A float64 vector input named {@code name}, for {@link #function}. */
    public static Vector vector(String name) { return vector(name, DType.FLOAT64); }
    public static Vector vector(String name, DType dtype) { return Vector.input(inputName(name), dtype); }

    /** A float64 matrix input named {@code name}, for {@link #function}. */
    public static Matrix matrix(String name) { return matrix(name, DType.FLOAT64); }
    public static Matrix matrix(String name, DType dtype) { return Matrix.input(inputName(name), dtype); }

    /** A float64 input of {@code rank} dimensions named {@code name}, for {@link #function}. */
    public static Tensor tensor(String name, int rank) { return tensor(name, rank, DType.FLOAT64); }
    public static Tensor tensor(String name, int rank, DType dtype) {
        if (rank < 0) {
            throw new IllegalArgumentException("input '" + name + "': rank " + rank + " is negative");
        }
        return Tensor.input(inputName(name), dtype, rank);
    }

    /** {@link #function(List, List, Map)} without updates. */
    public static CompiledFunction function(List<? extends SymbolicValue> inputs, List<? extends SymbolicValue> outputs) {
        return function(inputs, outputs, Map.of());
    }

    /**
     * Compiles a graph built at run time into a callable, as the annotation processor compiles a
     * {@code @Symbolic} method: the same rewrites, gradients, devices and debug mode.
     *
     * @param inputs the inputs made by {@code scalar}, {@code vector}, {@code matrix} or {@code tensor}, in call order
     * @param outputs what a call returns, in order
     * @param updates shared handles ({@code SharedVariable.vector()}, ...) to their new values, of the
     *     same rank and a dtype of the same kind, applied after the outputs, together, when a call succeeds
     * @throws IllegalArgumentException if an output or update needs an input not listed (naming it),
     *     an input is listed twice or is not an input
     * @throws dev.symbolon.internal.ir.GraphException if an update's target is not shared or its value does not fit
     */
    public static CompiledFunction function(List<? extends SymbolicValue> inputs, List<? extends SymbolicValue> outputs,
                                            Map<? extends SymbolicValue, ? extends SymbolicValue> updates) {
        Map<Node, Node> updateNodes = new LinkedHashMap<>();
        updates.forEach((shared, value) -> updateNodes.put(shared.node, value.node));
        return new CompiledFunction(RuntimeFunction.build(nodes(inputs), nodes(outputs), updateNodes,
                SourcePosition.current()));
    }

    private static List<Node> nodes(List<? extends SymbolicValue> values) {
        return values.stream().map(v -> v.node).toList();
    }

    private static String inputName(String name) {
        return Objects.requireNonNull(name, "the name of an input is null; name it as the call's messages should");
    }
}
