package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.binary;
import static dev.symbolon.internal.ir.GraphOps.broadcastLike;
import static dev.symbolon.internal.ir.GraphOps.cast;
import static dev.symbolon.internal.ir.GraphOps.compare;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.outer;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.reshape;
import static dev.symbolon.internal.ir.GraphOps.reshapeLike;
import static dev.symbolon.internal.ir.GraphOps.size;
import static dev.symbolon.internal.ir.GraphOps.softmax;
import static dev.symbolon.internal.ir.GraphOps.transpose;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.internal.ir.GraphOps.where;
import static dev.symbolon.runtime.DType.BOOL;
import static dev.symbolon.runtime.DType.FLOAT32;
import static dev.symbolon.runtime.DType.FLOAT64;
import static dev.symbolon.runtime.DType.INT32;
import static dev.symbolon.runtime.DType.INT64;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.ConvolutionOps;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every op, in several dtypes and broadcasting patterns, compiled into one class and compared with
 * the reference interpreter on random arguments of several shapes.
 */
class OpsTest {
    /** One compiled method: its graph and the argument shapes to try it with. */
    private record Case(String name, Node output, List<Node> inputs, List<int[][]> shapes) {}

    private static final List<Case> CASES = new ArrayList<>();
    private static GeneratedClass compiled;

    private static void add(String name, Node output, List<Node> inputs, int[][]... shapes) {
        CASES.add(new Case(name, output, inputs, List.of(shapes)));
    }

    private static int[][] shapes(int[]... s) {
        return s;
    }

    private static int[] s(int... dims) {
        return dims;
    }

    @BeforeAll
    static void compileAll() {
        Node x = input("x", FLOAT64, 2);
        Node y = input("y", FLOAT64, 2);
        Node v = input("v", FLOAT64, 1);
        Node a = input("a", FLOAT64, 0);
        Node xf = input("x", FLOAT32, 2);
        Node vf = input("v", FLOAT32, 1);
        Node xi = input("x", INT32, 2);
        Node yi = input("y", INT32, 2);
        Node vi = input("v", INT32, 1);
        Node vl = input("v", INT64, 1);
        Node ai = input("a", INT32, 0);
        Node bx = input("b", BOOL, 2);
        Node by = input("c", BOOL, 2);
        Node t3 = input("t", FLOAT64, 3);
        int[][] matrix = shapes(s(3, 4));
        int[][] matrixVector = shapes(s(3, 4), s(4));
        int[][] twoMatrices = shapes(s(3, 4), s(3, 4));

        for (Op op : List.of(Op.NEG, Op.ABS, Op.SIGN, Op.SQUARE, Op.SQRT, Op.EXP, Op.EXPM1, Op.LOG, Op.LOG1P,
                Op.SIGMOID, Op.SOFTPLUS, Op.TANH, Op.SIN, Op.COS)) {
            add(op.functionName() + "F64", unary(op, x), List.of(x), matrix, shapes(s(0, 2)));
        }
        for (Op op : List.of(Op.NEG, Op.EXP, Op.SIGMOID, Op.SOFTPLUS, Op.SQUARE)) {
            add(op.functionName() + "F32", unary(op, vf), List.of(vf), shapes(s(5)));
        }
        for (Op op : List.of(Op.NEG, Op.ABS, Op.SIGN, Op.SQUARE)) {
            add(op.functionName() + "I32", unary(op, xi), List.of(xi), matrix);
            add(op.functionName() + "I64", unary(op, vl), List.of(vl), shapes(s(6)));
        }
        add("expOfInt", unary(Op.EXP, vi), List.of(vi), shapes(s(4)));
        for (Op op : List.of(Op.FLOOR, Op.CEIL, Op.ROUND, Op.ERF, Op.LOG2, Op.LOG10)) {
            add(op.functionName() + "F64", unary(op, x), List.of(x), matrix, shapes(s(0, 2)));
            add(op.functionName() + "F32", unary(op, vf), List.of(vf), shapes(s(5)));
            add(op.functionName() + "OfInt", unary(op, vi), List.of(vi), shapes(s(4)));
        }
        add("scalarLogistic", binary(Op.DIV, constant(1, FLOAT64),
                binary(Op.ADD, constant(1, FLOAT64), unary(Op.EXP, unary(Op.NEG, a)))), List.of(a), shapes(s()));
        add("scalarIntArithmetic", binary(Op.REM, binary(Op.MUL, ai, constant(-3, INT32)), constant(4, INT32)),
                List.of(ai), shapes(s()));

        add("castF64ToI32", cast(x, INT32), List.of(x), matrix);
        add("castI32ToF64", cast(xi, FLOAT64), List.of(xi), matrix);
        add("castBoolToF32", cast(bx, FLOAT32), List.of(bx), matrix);
        add("castF64ToBool", cast(x, BOOL), List.of(x), matrix);
        add("castI64ToI32", cast(vl, INT32), List.of(vl), shapes(s(3)));
        add("castScalarToI64", cast(a, INT64), List.of(a), shapes(s()));

        for (Op op : List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.REM, Op.POW, Op.MAXIMUM, Op.MINIMUM)) {
            add(op.functionName() + "MatrixVector", binary(op, x, v), List.of(x, v), matrixVector);
            add(op.functionName() + "VectorScalar", binary(op, v, a), List.of(v, a), shapes(s(5), s()));
            add(op.functionName() + "Ints", binary(op, xi, yi), List.of(xi, yi), twoMatrices);
        }
        add("quotientInts", binary(Op.QUOTIENT, xi, yi), List.of(xi, yi), twoMatrices);
        Node dl = input("d", INT64, 0);
        add("quotientLongsVectorScalar", binary(Op.QUOTIENT, vl, dl), List.of(vl, dl), shapes(s(5), s()));
        Node wf = input("w", FLOAT32, 1);
        add("addFloat32Float64", binary(Op.ADD, wf, v), List.of(wf, v), shapes(s(4), s(4)));
        add("mulIntFloat", binary(Op.MUL, vi, a), List.of(vi, a), shapes(s(4), s()));
        add("subLiteral", binary(Op.SUB, constant(-2.5, FLOAT64), x), List.of(x), matrix);
        Node rowMax = reduce(Op.MAX, x, true, 1);
        add("subRowMaxKeepDims", binary(Op.SUB, x, rowMax), List.of(x), matrix, shapes(s(1, 5)));
        Node colSum = reduce(Op.SUM, x, true, 0);
        add("divColumnSumKeepDims", binary(Op.DIV, x, colSum), List.of(x), matrix);
        add("addTensorMatrix", binary(Op.ADD, t3, y), List.of(t3, y), shapes(s(2, 3, 4), s(3, 4)));
        add("addTensorKeepDims", binary(Op.ADD, t3, reduce(Op.SUM, t3, true, 1)), List.of(t3),
                shapes(s(2, 3, 4)));

        for (Op op : List.of(Op.GT, Op.GE, Op.LT, Op.LE, Op.EQ, Op.NE)) {
            add(op.functionName() + "MatrixVector", compare(op, x, v), List.of(x, v), matrixVector);
            add(op.functionName() + "Ints", compare(op, xi, constant(1, INT32)), List.of(xi), matrix);
            add(op.functionName() + "Bools", compare(op, bx, by), List.of(bx, by), twoMatrices);
        }
        add("whereMatrix", where(compare(Op.GT, x, y), x, constant(0, FLOAT64)), List.of(x, y), twoMatrices);
        add("whereBroadcast", where(bx, v, a), List.of(bx, v, a), shapes(s(3, 4), s(4), s()));
        Node ci = input("c", INT32, 2);
        add("whereIntCondition", where(ci, x, y), List.of(ci, x, y), shapes(s(3, 4), s(3, 4), s(3, 4)));

        add("sumAll", reduce(Op.SUM, x, false), List.of(x), matrix, shapes(s(0, 3)));
        add("sumAxis0", reduce(Op.SUM, x, false, 0), List.of(x), matrix);
        add("sumAxis1KeepDims", reduce(Op.SUM, x, true, 1), List.of(x), matrix);
        add("sumAllKeepDims", reduce(Op.SUM, x, true), List.of(x), matrix);
        add("sumInts", reduce(Op.SUM, xi, false, 1), List.of(xi), matrix);
        add("sumBools", reduce(Op.SUM, bx, false), List.of(bx), matrix);
        add("sumTensorAxes02", reduce(Op.SUM, t3, false, 0, 2), List.of(t3), shapes(s(2, 3, 4)));
        add("sumScalar", reduce(Op.SUM, a, false), List.of(a), shapes(s()));
        add("meanAll", reduce(Op.MEAN, x, false), List.of(x), matrix);
        add("meanAxis0F32", reduce(Op.MEAN, xf, false, 0), List.of(xf), matrix);
        add("meanInts", reduce(Op.MEAN, xi, false, 1), List.of(xi), matrix);
        add("maxAxis1", reduce(Op.MAX, x, false, 1), List.of(x), matrix);
        add("maxInts", reduce(Op.MAX, xi, false), List.of(xi), matrix);
        add("maxLongs", reduce(Op.MAX, vl, false), List.of(vl), shapes(s(5)));
        add("minAxis0", reduce(Op.MIN, x, false, 0), List.of(x), matrix);
        add("minFloat32", reduce(Op.MIN, xf, true, 1), List.of(xf), matrix);
        add("minInts", reduce(Op.MIN, xi, false, 0), List.of(xi), matrix);
        add("supremumAxis1EmptyToo", reduce(Op.SUPREMUM, x, true, 1), List.of(x), matrix, shapes(s(2, 0)));
        add("supremumAllF32EmptyToo", reduce(Op.SUPREMUM, xf, false), List.of(xf), matrix, shapes(s(0, 3)));
        add("argmaxAxis1", reduce(Op.ARGMAX, x, false, 1), List.of(x), matrix);
        add("argmaxAxis0Ints", reduce(Op.ARGMAX, xi, false, 0), List.of(xi), matrix);
        add("argmaxAll", reduce(Op.ARGMAX, x, false), List.of(x), matrix);
        add("argmaxVectorF32", reduce(Op.ARGMAX, vf, false), List.of(vf), shapes(s(7)));
        add("argmaxLongs", reduce(Op.ARGMAX, vl, false), List.of(vl), shapes(s(7)));

        add("prodAxis1", reduce(Op.PROD, x, false, 1), List.of(x), matrix, shapes(s(2, 0)));
        add("prodAllF32", reduce(Op.PROD, xf, false), List.of(xf), matrix);
        add("prodIntsKeepDims", reduce(Op.PROD, xi, true, 0), List.of(xi), matrix);
        add("argminAxis1", reduce(Op.ARGMIN, x, false, 1), List.of(x), matrix);
        add("argminAll", reduce(Op.ARGMIN, x, false), List.of(x), matrix);
        add("argminInts", reduce(Op.ARGMIN, xi, false, 0), List.of(xi), matrix);
        add("argminLongs", reduce(Op.ARGMIN, vl, false), List.of(vl), shapes(s(7)));
        add("argminVectorF32", reduce(Op.ARGMIN, vf, false), List.of(vf), shapes(s(7)));
        add("cumsumAxis0", GraphOps.cumsum(x, 0), List.of(x), matrix, shapes(s(0, 3)));
        add("cumsumAxis1F32", GraphOps.cumsum(xf, 1), List.of(xf), matrix);
        add("cumsumInts", GraphOps.cumsum(vi, 0), List.of(vi), shapes(s(6)));
        add("cumsumTensorMiddle", GraphOps.cumsum(t3, 1), List.of(t3), shapes(s(2, 3, 4)));
        add("varAxis1", GraphOps.var(x, 1), List.of(x), matrix);
        add("stdAll", GraphOps.std(x), List.of(x), matrix);

        Node u = input("u", FLOAT64, 1);
        add("dotVectorVector", dot(u, v), List.of(u, v), shapes(s(4), s(4)));
        add("dotMatrixVector", dot(x, v), List.of(x, v), matrixVector);
        add("dotVectorMatrix", dot(u, x), List.of(u, x), shapes(s(3), s(3, 4)));
        add("jacobianOfProductInVector", Autodiff.jacobian(unary(Op.TANH, dot(x, v)), v), List.of(x, v), matrixVector,
                shapes(s(0, 4), s(4)));
        add("jacobianOfProductInMatrix", Autodiff.jacobian(unary(Op.TANH, dot(x, v)), x), List.of(x, v), matrixVector);
        add("jacobianF32", Autodiff.jacobian(unary(Op.EXP, vf), vf), List.of(vf), shapes(s(5)));
        // keys from 0, as the model renumbers them, so the interpreter draws the method's streams
        add("uniformOfMatrix", GraphOps.draw(Op.UNIFORM, x, null, 0), List.of(x), shapes(s(3, 4)), shapes(s(0, 2)));
        add("normalF32PlusUniform", binary(Op.ADD, GraphOps.draw(Op.NORMAL, vf, null, 0),
                GraphOps.draw(Op.UNIFORM, vf, null, 1)), List.of(vf), shapes(s(5000)));
        add("bernoulliScalarP", GraphOps.draw(Op.BERNOULLI, v, GraphOps.constant(0.25, FLOAT64), 0), List.of(v),
                shapes(s(9000)));
        Node z = input("z", FLOAT64, 2);
        add("dotMatrixMatrix", dot(x, z), List.of(x, z), shapes(s(3, 4), s(4, 2)), shapes(s(0, 4), s(4, 2)));
        Node zf = input("z", FLOAT32, 2);
        add("dotFloat32", dot(xf, zf), List.of(xf, zf), shapes(s(3, 4), s(4, 2)));
        add("dotFloat32MatrixVector", dot(xf, vf), List.of(xf, vf), shapes(s(3, 4), s(4)));
        Node zi = input("z", INT32, 2);
        add("dotInts", dot(xi, zi), List.of(xi, zi), shapes(s(3, 4), s(4, 2)));
        add("dotIntVectors", dot(vi, vi), List.of(vi), shapes(s(5)));
        add("dotLongMatrixVector", dot(input("m", INT64, 2), vl), List.of(input("m", INT64, 2), vl),
                shapes(s(2, 3), s(3)));
        add("outer", outer(u, v), List.of(u, v), shapes(s(3), s(4)));
        add("outerInts", outer(vi, vi), List.of(vi), shapes(s(3)));

        add("transposeMatrix", transpose(x), List.of(x), matrix);
        add("transposeTensor", transpose(t3, 1, 2, 0), List.of(t3), shapes(s(2, 3, 4)));
        add("transposeBools", transpose(bx), List.of(bx), matrix);
        add("reshapeInferred", reshape(x, 2, -1), List.of(x), matrix);
        add("reshapeToVector", reshape(t3, -1), List.of(t3), shapes(s(2, 3, 4)));
        add("reshapeScalarToMatrix", reshape(a, 1, 1), List.of(a), shapes(s()));
        add("reshapeToScalar", reshape(v), List.of(v), shapes(s(1)));
        add("reshapeLike", reshapeLike(v, x), List.of(v, x), shapes(s(12), s(3, 4)));
        add("broadcastLikeScalar", broadcastLike(a, x), List.of(a, x), shapes(s(), s(3, 4)));
        add("broadcastLikeInserted", broadcastLike(v, x, 1), List.of(v, x), shapes(s(3), s(3, 4)));
        add("broadcastLikeLeading", broadcastLike(v, x), List.of(v, x), shapes(s(4), s(3, 4)));
        add("broadcastLikeKeepDims", broadcastLike(reduce(Op.SUM, x, true, 0), x), List.of(x), matrix);
        add("sizeAll", size(x, FLOAT64), List.of(x), matrix);
        add("sizeAxis1Int", size(t3, INT32, 1), List.of(t3), shapes(s(2, 3, 4)));
        add("sizeLong", size(x, INT64, 0), List.of(x), matrix);
        add("sizeFloat32", size(vf, FLOAT32), List.of(vf), shapes(s(6)));
        add("softmaxMatrix", softmax(Op.SOFTMAX, x), List.of(x), matrix);
        add("softmaxVectorF32", softmax(Op.SOFTMAX, vf), List.of(vf), shapes(s(5)));
        add("logSoftmaxMatrix", softmax(Op.LOG_SOFTMAX, x), List.of(x), matrix);
        add("logSoftmaxF32", softmax(Op.LOG_SOFTMAX, xf), List.of(xf), matrix);
        add("softmaxOfInts", softmax(Op.SOFTMAX, vi), List.of(vi), shapes(s(4)));

        // indices in -2..2, valid for axes of 3 or more, from the random ints in -5..5
        Node ki = input("k", INT32, 1);
        Node iv = binary(Op.REM, ki, constant(3, INT32));
        Node im = binary(Op.REM, input("m", INT64, 2), constant(3, INT64));
        Node ia = binary(Op.REM, ai, constant(3, INT32));
        add("takeColumns", IndexingOps.take(x, iv, 1), List.of(x, ki), shapes(s(3, 4), s(5)), shapes(s(0, 3), s(2)));
        add("takeRowsF32", IndexingOps.take(xf, im, 0), List.of(xf, im.input(0)), shapes(s(3, 2), s(2, 3)));
        add("getEntry", IndexingOps.get(v, ia), List.of(v, ai), shapes(s(4), s()));
        add("getRow", IndexingOps.get(xi, ia), List.of(xi, ai), shapes(s(3, 2), s()));
        add("scatterAdd", IndexingOps.scatterAdd(y, iv, x, 1), List.of(y, ki, x), shapes(s(3, 5), s(5), s(3, 4)));
        add("scatterAddF32", IndexingOps.scatterAdd(vf, iv, wf, 0), List.of(vf, ki, wf), shapes(s(6), s(6), s(3)));
        add("takeAlongRows", IndexingOps.takeAlongAxis(x, im, 1), List.of(x, im.input(0)),
                shapes(s(3, 4), s(3, 2)));
        Node column = GraphOps.reshape(iv, -1, 1);
        add("takeAlongBroadcast", IndexingOps.takeAlongAxis(x, column, 0), List.of(x, ki), shapes(s(3, 4), s(5)));
        add("scatterAddAlongAxis", IndexingOps.scatterAddAlongAxis(y, column, x, 0), List.of(y, ki, x),
                shapes(s(5, 4), s(5), s(3, 4)));
        add("sliceColumns", IndexingOps.slice(x, 1, 1, -1), List.of(x), matrix, shapes(s(2, 1)));
        add("sliceTensor", IndexingOps.slice(t3, 0, -2, 100), List.of(t3), shapes(s(3, 2, 2)));
        add("scatterSlice", IndexingOps.scatterSlice(y, x, new int[] {1, 1, -1}), List.of(y, x),
                shapes(s(3, 2), s(3, 4)));
        add("concatenateRows", IndexingOps.concatenate(0, x, y), List.of(x, y), shapes(s(3, 4), s(2, 4)));
        add("concatenateInts", IndexingOps.concatenate(1, xi, GraphOps.reshape(vl, -1, 1)),
                List.of(xi, vl), shapes(s(3, 2), s(3)));
        add("concatenateBools", IndexingOps.concatenate(0, bx, by), List.of(bx, by), twoMatrices);
        add("arange", IndexingOps.arange(ai), List.of(ai), shapes(s()));
        add("stackMatricesAxis1", IndexingOps.stack(1, List.of(x, y)), List.of(x, y), shapes(s(3, 4), s(3, 4)));
        add("stackVectorsLast", IndexingOps.stack(-1, List.of(v, u, v)), List.of(v, u), shapes(s(3), s(3)));
        add("stackScalars", IndexingOps.stack(0, List.of(a, a)), List.of(a), shapes(s()));
        add("dotBatched", LinearAlgebraOps.dot(t3, input("b", FLOAT64, 3)), List.of(t3, input("b", FLOAT64, 3)),
                shapes(s(2, 3, 4), s(2, 4, 5)));
        add("dotBatchMatrix", LinearAlgebraOps.dot(t3, x), List.of(t3, x), shapes(s(2, 3, 4), s(4, 2)));
        add("dotMatrixBatchInts", LinearAlgebraOps.dot(xi, input("b", INT32, 3)), List.of(xi, input("b", INT32, 3)),
                shapes(s(3, 2), s(4, 2, 5)));
        add("diagOfVector", LinearAlgebraOps.diag(v), List.of(v), shapes(s(4), s(1)));
        add("diagOfMatrix", LinearAlgebraOps.diag(x), List.of(x), shapes(s(3, 4), s(4, 2)));
        add("trace", LinearAlgebraOps.trace(x), List.of(x), shapes(s(3, 4), s(3, 3)));
        add("tensordotTwoPairs", LinearAlgebraOps.tensordot(t3, input("b", FLOAT64, 3), new int[] {1, 2},
                new int[] {1, 0}), List.of(t3, input("b", FLOAT64, 3)), shapes(s(2, 3, 4), s(4, 3, 5)));
        add("tensordotOnePair", LinearAlgebraOps.tensordot(t3, x, new int[] {-2}, new int[] {0}), List.of(t3, x),
                shapes(s(2, 3, 4), s(3, 2)));
        add("tensordotVectorTensor", LinearAlgebraOps.tensordot(v, t3, new int[] {0}, new int[] {1}), List.of(v, t3),
                shapes(s(3), s(2, 3, 4)));
        add("tensordotOuter", LinearAlgebraOps.tensordot(x, v, new int[] {}, new int[] {}), List.of(x, v),
                shapes(s(2, 3), s(4)));
        add("tensordotMatricesInts", LinearAlgebraOps.tensordot(xi, xi, new int[] {0}, new int[] {0}), List.of(xi),
                shapes(s(3, 2)));

        // conv2d and the pools against the interpreter's direct loops; the gradient ops through Autodiff
        Node images = input("x", FLOAT64, 4);
        Node filters = input("w", FLOAT64, 4);
        int[][][] convolutions = {shapes(s(2, 3, 5, 6), s(4, 3, 3, 2)), shapes(s(1, 1, 4, 4), s(2, 1, 4, 4)),
                shapes(s(3, 2, 7, 5), s(1, 2, 1, 3)), shapes(s(0, 2, 4, 4), s(3, 2, 2, 2))};
        for (int stride : new int[] {1, 2}) {
            for (int padding : new int[] {0, 1}) {
                Node conv = ConvolutionOps.conv2d(images, filters, stride, padding);
                String name = "conv2dStride" + stride + "Padding" + padding;
                add(name, conv, List.of(images, filters), convolutions);
                Node cost = GraphOps.sum(GraphOps.unary(Op.TANH, conv));
                add(name + "InputGrad", Autodiff.grad(cost, images), List.of(images, filters), convolutions);
                add(name + "FilterGrad", Autodiff.grad(cost, filters), List.of(images, filters), convolutions);
            }
        }
        // 16 images: enough work for the kernels to split the batch over the pool
        add("conv2dLargeBatchFilterGrad", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.TANH,
                ConvolutionOps.conv2d(images, filters, 1, 1))), filters), List.of(images, filters),
                shapes(s(16, 4, 16, 16), s(8, 4, 3, 3)));
        Node imagesF = input("x", FLOAT32, 4);
        Node filtersF = input("w", FLOAT32, 4);
        Node convF = ConvolutionOps.conv2d(imagesF, filtersF, 2, 1);
        add("conv2dF32", convF, List.of(imagesF, filtersF), convolutions[0]);
        add("conv2dF32Grads", GraphOps.add(Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.TANH, convF)), imagesF),
                imagesF), List.of(imagesF, filtersF), convolutions[0]);
        add("conv2dF32FilterGrad", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.TANH, convF)), filtersF),
                List.of(imagesF, filtersF), convolutions[0]);
        for (int size : new int[] {1, 2, 3}) {
            for (Op pool : List.of(Op.MAX_POOL2D, Op.AVG_POOL2D)) {
                Node pooled = pool == Op.MAX_POOL2D ? ConvolutionOps.maxPool2d(images, size)
                        : ConvolutionOps.avgPool2d(images, size);
                String name = pool.functionName() + "Size" + size;
                add(name, pooled, List.of(images), shapes(s(2, 3, 6, 12)), shapes(s(1, 1, 0, 6)));
                add(name + "Grad", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.SIN, pooled)), images), List.of(images),
                        shapes(s(2, 3, 6, 12)));
            }
        }
        add("maxPool2dF32Grad", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.EXP, ConvolutionOps.maxPool2d(imagesF, 2))),
                imagesF), List.of(imagesF), shapes(s(2, 1, 4, 6)));
        add("avgPool2dF32OfMatrix", ConvolutionOps.avgPool2d(xf, 2), List.of(xf), shapes(s(4, 6)));
        // second order: the gradients of the gradient ops
        Node firstOrder = Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.TANH, ConvolutionOps.conv2d(images, filters, 2,
                1))), images);
        add("conv2dSecondOrder", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.SQUARE, firstOrder)), filters),
                List.of(images, filters), convolutions[0]);
        Node pooledTwice = GraphOps.add(ConvolutionOps.maxPool2d(images, 2), ConvolutionOps.avgPool2d(images, 2));
        Node poolGrad = Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.TANH, pooledTwice)), images);
        add("poolSecondOrder", Autodiff.grad(GraphOps.sum(GraphOps.unary(Op.SQUARE, poolGrad)), images),
                List.of(images), shapes(s(2, 3, 4, 6)));

        List<SymbolicMethod> methods = new ArrayList<>();
        for (Case c : CASES) {
            methods.add(Models.method(c.name(), c.output(), c.inputs().toArray(new Node[0])));
        }
        compiled = GeneratedClass.compile(Models.model("Ops", methods));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesTheInterpreter() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Random random = new Random(c.name().hashCode());
            for (int[][] shapes : c.shapes()) {
                for (int trial = 0; trial < 3; trial++) {
                    Map<Node, NDArray> values = new IdentityHashMap<>();
                    Object[] args = new Object[c.inputs().size()];
                    for (int k = 0; k < args.length; k++) {
                        Node in = c.inputs().get(k);
                        values.put(in, Values.random(random, in.type().dtype(), shapes[k]));
                        args[k] = Values.argument(in, values.get(in));
                    }
                    // a drawing method's calls draw from the instance's state: seeded here, call 0
                    long seed = random.nextLong();
                    if (TopologicalOrder.of(c.output()).stream().anyMatch(n -> n.op().isDraw())) {
                        compiled.call("seed", seed);
                    }
                    NDArray expected = Interpreter.evaluate(List.of(c.output()), values::get, new DrawCall(seed, 0))
                            .get(0);
                    Values.assertMatches(expected, compiled.call(c.name(), args), c.name());
                }
            }
        }));
    }

    /** Every op but {@code SHARED}, whose reads and updates {@code SharedStateTest} covers. */
    @Test
    void theCasesCoverEveryOp() {
        Set<Op> seen = EnumSet.noneOf(Op.class);
        for (Case c : CASES) {
            TopologicalOrder.of(c.output()).forEach(n -> seen.add(n.op()));
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Op.SHARED)), seen);
    }
}
