package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.cpu.MatrixProducts;
import dev.symbolon.internal.cpu.Reductions;
import dev.symbolon.internal.cpu.BlockScratch;
import dev.symbolon.internal.cpu.ElementwiseKernels;
import dev.symbolon.internal.cpu.Parallel;
import dev.symbolon.internal.cpu.Periodic;
import dev.symbolon.internal.cpu.ScalarMath;
import dev.symbolon.internal.cpu.Indexing;
import dev.symbolon.internal.cpu.ShapeOps;
import dev.symbolon.internal.cpu.Convolutions;
import dev.symbolon.internal.cpu.Pooling;
import dev.symbolon.internal.cpu.Scans;
import dev.symbolon.internal.cpu.Softmax;
import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.Executors;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.internal.random.Draws;
import dev.symbolon.internal.random.RandomState;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.IndexOutOfRangeException;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.Mode;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** How dtypes and values appear in generated Java: primitive types, arrays, literals, runtime classes. */
final class JavaTypes {
    static final ClassName NDARRAY = ClassName.get(NDArray.class);
    static final ClassName SHARED_VARIABLE = ClassName.get(SharedVariable.class);
    static final ClassName INTERNALS = ClassName.get(Internals.class);
    static final ClassName DEVICE = ClassName.get(Device.class);
    static final ClassName MODE = ClassName.get(Mode.class);
    static final ClassName DTYPE = ClassName.get(DType.class);
    static final ClassName SHAPES = ClassName.get(Shapes.class);
    static final ClassName SHAPE_EXCEPTION = ClassName.get(ShapeException.class);
    static final ClassName SHAPE_CHECKS = ClassName.get(ShapeChecks.class);
    static final ClassName INDEX_OUT_OF_RANGE = ClassName.get(IndexOutOfRangeException.class);
    static final ClassName SCALAR_MATH = ClassName.get(ScalarMath.class);
    static final ClassName ELEMENTWISE_KERNELS = ClassName.get(ElementwiseKernels.class);
    static final ClassName BLOCK_SCRATCH = ClassName.get(BlockScratch.class);
    static final ClassName PERIODIC = ClassName.get(Periodic.class);
    static final ClassName PARALLEL = ClassName.get(Parallel.class);
    static final ClassName REDUCTIONS = ClassName.get(Reductions.class);
    static final ClassName MATRIX_PRODUCTS = ClassName.get(MatrixProducts.class);
    static final ClassName SOFTMAX = ClassName.get(Softmax.class);
    static final ClassName SCANS = ClassName.get(Scans.class);
    static final ClassName CONVOLUTIONS = ClassName.get(Convolutions.class);
    static final ClassName POOLING = ClassName.get(Pooling.class);
    static final ClassName SHAPE_OPS = ClassName.get(ShapeOps.class);
    static final ClassName INDEXING = ClassName.get(Indexing.class);
    static final ClassName EXECUTOR = ClassName.get(Executor.class);
    static final ClassName EXECUTORS = ClassName.get(Executors.class);
    static final ClassName RESULTS = ClassName.get(Results.class);
    static final ClassName RANDOM_STATE = ClassName.get(RandomState.class);
    static final ClassName DRAW_CALL = ClassName.get(DrawCall.class);
    static final ClassName DRAWS = ClassName.get(Draws.class);
    static final ClassName NULL_MARKED = ClassName.get(NullMarked.class);
    static final ClassName NULLABLE = ClassName.get(Nullable.class);

    private JavaTypes() {}

    /** The Java primitive holding one element of {@code dtype}. */
    static TypeName primitive(DType dtype) {
        return switch (dtype) {
            case BOOL -> TypeName.BOOLEAN;
            case INT32 -> TypeName.INT;
            case INT64 -> TypeName.LONG;
            case FLOAT32 -> TypeName.FLOAT;
            case FLOAT64 -> TypeName.DOUBLE;
        };
    }

    /** The nested Java array of {@code rank} dimensions of {@code dtype}'s primitive; rank 0 is the primitive. */
    static TypeName array(DType dtype, int rank) {
        TypeName t = primitive(dtype);
        for (int i = 0; i < rank; i++) {
            t = ArrayTypeName.of(t);
        }
        return t;
    }

    /** The value type of a method's parameter or result: the primitive for scalars, else {@code NDArray}. */
    static TypeName value(DType dtype, int rank) {
        return rank == 0 ? primitive(dtype) : NDARRAY;
    }

    /** The {@code Internals} accessor of an {@code NDArray}'s flat array of {@code dtype}: {@code doubleData}, ... */
    static String dataAccessor(DType dtype) {
        return switch (dtype) {
            case BOOL -> "boolData";
            case INT32 -> "intData";
            case INT64 -> "longData";
            case FLOAT32 -> "floatData";
            case FLOAT64 -> "doubleData";
        };
    }

    /** A constant node's value as a Java expression of its dtype's primitive type, every bit of an int64 kept. */
    static String literal(Node constant) {
        DType dtype = constant.type().dtype();
        return dtype.isFloat() ? literal(constant.value(), dtype) : literal(constant.longValue(), dtype);
    }

    /**
     * {@code value} as a Java expression of {@code dtype}'s primitive type, converted as a Java cast
     * from long does. Negative literals are parenthesized so that they can stand anywhere an operand
     * can ({@code -(-1)}, not {@code --1}).
     */
    static String literal(long value, DType dtype) {
        return switch (dtype) {
            case BOOL -> value != 0 ? "true" : "false";
            case INT32 -> parenthesized(Integer.toString((int) value));
            case INT64 -> parenthesized(value + "L");
            case FLOAT32 -> literal((float) value, dtype);
            case FLOAT64 -> literal((double) value, dtype);
        };
    }

    /** {@code value} as a Java expression of {@code dtype}'s primitive type, converted as a Java cast from double does. */
    static String literal(double value, DType dtype) {
        return switch (dtype) {
            case BOOL -> value != 0 ? "true" : "false";
            case INT32 -> literal((int) value, dtype);
            case INT64 -> literal((long) value, dtype);
            case FLOAT32 -> Float.isNaN((float) value) ? "Float.NaN"
                    : Float.isInfinite((float) value) ? (value > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY")
                    : parenthesized(Float.toString((float) value) + "f");
            case FLOAT64 -> Double.isNaN(value) ? "Double.NaN"
                    : Double.isInfinite(value) ? (value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
                    : parenthesized(Double.toString(value));
        };
    }

    private static String parenthesized(String number) {
        return number.startsWith("-") ? "(" + number + ")" : number;
    }

    /** {@code int} values as a Java array creation expression: {@code new int[] {0, 1}}. */
    static String intArray(int[] values) {
        StringBuilder s = new StringBuilder("new int[] {");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return s.append('}').toString();
    }

    /** {@code boolean} values as a Java array creation expression. */
    static String booleanArray(boolean[] values) {
        StringBuilder s = new StringBuilder("new boolean[] {");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return s.append('}').toString();
    }
}
