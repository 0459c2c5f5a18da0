package dev.symbolon.runtime;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.SymbolicValue;
import dev.symbolon.Tensor;
import dev.symbolon.Vector;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.function.SharedLeaves;
import dev.symbolon.internal.shape.Shapes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * State that compiled methods read and update between calls, as a Theano shared variable without
 * borrowing: a {@code @Shared} field {@code w} of a class becomes {@code w()} of its compiled class.
 * The dtype and rank are fixed by the declaration; the shape may change with each {@code setValue}.
 *
 * <p>Everything users call copies: {@code setValue} copies its argument (converting it to the declared
 * dtype), and {@link #getValue()} returns a copy, so no array a user holds aliases the state. Generated
 * code reads and assigns the value without copying through {@code dev.symbolon.internal.access.Internals}.
 *
 * <p>A scalar starts at 0; any other rank starts without a value, and reading it before the first
 * {@code setValue} throws {@link IllegalStateException}. Its methods are not synchronized: the
 * compiled methods that read or update it synchronize on the instance that owns it, and code that sets
 * or reads it while other threads call those methods holds the same monitor.
 */
public final class SharedVariable {
    private final String name;
    private final DType dtype;
    private final int rank;
    private @Nullable NDArray value;

    /**
     * A variable as the generated code declares it for a {@code @Shared} field.
     *
     * @param name the field's name, used in messages
     * @param rank 0 for a scalar, which starts at 0; otherwise it starts unset
     */
    SharedVariable(String name, DType dtype, int rank) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.dtype = Objects.requireNonNull(dtype, "dtype is null");
        if (rank < 0) {
            throw new IllegalArgumentException("shared variable '" + name + "': rank " + rank + " is negative");
        }
        this.rank = rank;
        this.value = rank == 0 ? NDArray.zeros(dtype) : null;
    }

    /**
     * A variable named {@code name} holding a copy of {@code value}, whose dtype and rank it keeps: the
     * state of functions built at run time, or of a program that saves and loads state in the layout of
     * a compiled class with {@link SharedState}.
     *
     * @param name the variable's name, used in messages and as its entry name in state files
     * @param value its initial value, copied
     * @return a new variable
     */
    public static SharedVariable of(String name, NDArray value) {
        Objects.requireNonNull(value, () -> "shared variable '" + name + "': the value is null");
        SharedVariable variable = new SharedVariable(name, value.dtype(), value.rank());
        variable.setValue(value);
        return variable;
    }

    /**
     * A float64 scalar variable.
     *
     * @param name the variable's name, used in messages and as its entry name in state files
     * @param value its initial value
     * @return a new variable
     */
    public static SharedVariable of(String name, double value) {
        return of(name, NDArray.scalar(value));
    }

    /** {@return the variable's name: the field's name for a {@code @Shared} field} */
    public String name() {
        return name;
    }

    /** {@return the declared dtype; every value set is converted to it} */
    public DType dtype() {
        return dtype;
    }

    /** {@return the declared rank; a value of another rank is refused} */
    public int rank() {
        return rank;
    }

    /** {@return whether a value is present: always for scalars, after the first {@code setValue} otherwise} */
    public boolean isSet() {
        return value != null;
    }

    /** {@return a copy of the current value} */
    public NDArray getValue() {
        return value().copy();
    }

    /**
     * The current value itself, not a copy, for generated code that only reads it.
     *
     * @throws IllegalStateException if no value has been set
     */
    NDArray value() {
        if (value == null) {
            throw new IllegalStateException("shared variable '" + name + "' has no value yet: call " + name
                    + "().setValue(...) before the first call that reads it");
        }
        return value;
    }

    /**
     * Makes {@code newValue} itself the current value, without copying or converting, for generated
     * code applying an update it computed into an array it owns.
     *
     * @throws IllegalArgumentException if the dtype differs from the declared one
     * @throws ShapeException if the rank differs from the declared one
     */
    void assign(NDArray newValue) {
        Objects.requireNonNull(newValue, () -> "shared variable '" + name + "': assign(null)");
        if (newValue.dtype() != dtype) {
            throw new IllegalArgumentException("shared variable '" + name + "' holds " + dtype
                    + ", but the value assigned is " + newValue.dtype());
        }
        requireRank(newValue.shape());
        value = newValue;
    }

    /**
     * Sets a copy of {@code newValue}, converted to the declared dtype.
     *
     * @throws ShapeException if its rank is not the declared rank
     *
     * @param newValue the new value, of the declared rank and any dtype
     */
    public void setValue(NDArray newValue) {
        Objects.requireNonNull(newValue, () -> "shared variable '" + name + "': setValue(null)");
        requireRank(newValue.shape());
        value = newValue.astype(dtype);
    }

    /**
     * Sets a copy of this vector, converted to the declared dtype.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable's rank is not 1
     */
    public void setValue(double[] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this matrix, converted to the declared dtype.
     *
     * @param newValue the new value (its rows, all of one length)
     * @throws ShapeException if the variable's rank is not 2
     */
    public void setValue(double[][] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this vector, converted to the declared dtype.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable's rank is not 1
     */
    public void setValue(float[] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this matrix, converted to the declared dtype.
     *
     * @param newValue the new value (its rows, all of one length)
     * @throws ShapeException if the variable's rank is not 2
     */
    public void setValue(float[][] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this vector, converted to the declared dtype.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable's rank is not 1
     */
    public void setValue(int[] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this matrix, converted to the declared dtype.
     *
     * @param newValue the new value (its rows, all of one length)
     * @throws ShapeException if the variable's rank is not 2
     */
    public void setValue(int[][] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this vector, converted to the declared dtype.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable's rank is not 1
     */
    public void setValue(long[] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a copy of this matrix, converted to the declared dtype.
     *
     * @param newValue the new value (its rows, all of one length)
     * @throws ShapeException if the variable's rank is not 2
     */
    public void setValue(long[][] newValue) {
        setValue(NDArray.of(nonNull(newValue)));
    }

    /**
     * Sets a scalar variable, converting to its dtype.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable is not a scalar
     */
    public void setValue(double newValue) {
        setValue(NDArray.scalar(newValue));
    }

    /**
     * Sets a scalar variable, converting to its dtype; {@code int} arguments land here, exactly.
     *
     * @param newValue the new value
     * @throws ShapeException if the variable is not a scalar
     */
    public void setValue(long newValue) {
        setValue(NDArray.scalar(newValue));
    }

    /**
     * Sets a scalar variable to 1 or 0 ({@code true} or {@code false} for a bool variable).
     *
     * @param newValue the new value
     * @throws ShapeException if the variable is not a scalar
     */
    public void setValue(boolean newValue) {
        setValue(NDArray.scalar(newValue));
    }

    /** {@return the value of a scalar variable as a double} */
    public double doubleValue() {
        return scalar("doubleValue()").getDouble();
    }

    /** {@return the value of a scalar variable as an int; a float value is truncated toward zero} */
    public int intValue() {
        return scalar("intValue()").toIntArray()[0];
    }

    /** {@return the value of a scalar variable as a long; a float value is truncated toward zero} */
    public long longValue() {
        return scalar("longValue()").getLong();
    }

    private NDArray scalar(String method) {
        if (rank != 0) {
            throw new IllegalStateException("shared variable '" + name + "' has rank " + rank + ", so "
                    + method + " does not apply: it reads scalars; use getValue() instead");
        }
        return value();
    }

    // ---- symbolic handles, for graphs built at run time (T.function)

    /**
     * This variable's value in a graph built at run time: what {@code T.function} reads before the
     * call and what its {@code updates} may replace. The same handle every time.
     *
     * @throws IllegalStateException if the variable is not a scalar
     *
     * @return the variable's handle, for {@code T.function}'s updates and expressions
     */
    public Scalar scalar() {
        return (Scalar) handle(0, "scalar()");
    }

    /**
     * This variable's value in a graph built at run time, as {@link #scalar()} gives it, for a rank-1 variable.
     *
     * @return the variable's handle
     * @throws IllegalStateException if the variable is not of rank 1
     */
    public Vector vector() {
        return (Vector) handle(1, "vector()");
    }

    /**
     * This variable's value in a graph built at run time, as {@link #scalar()} gives it, for a rank-2 variable.
     *
     * @return the variable's handle
     * @throws IllegalStateException if the variable is not of rank 2
     */
    public Matrix matrix() {
        return (Matrix) handle(2, "matrix()");
    }

    /**
     * This variable's value in a graph built at run time, as {@link #scalar()} gives it, for a variable
     * of any rank.
     *
     * @return the variable's handle
     */
    public Tensor tensor() {
        return Internals.tensor(SharedLeaves.leaf(this));
    }

    private SymbolicValue handle(int wanted, String method) {
        if (rank != wanted) {
            throw new IllegalStateException("shared variable '" + name + "' has rank " + rank + ", so " + method
                    + " does not apply: use " + handleFor(rank) + " (or tensor(), any rank)");
        }
        return Internals.handle(SharedLeaves.leaf(this));
    }

    private static String handleFor(int rank) {
        return switch (rank) {
            case 0 -> "scalar()";
            case 1 -> "vector()";
            case 2 -> "matrix()";
            default -> "tensor()";
        };
    }

    private <A> A nonNull(A array) {
        return Objects.requireNonNull(array, () -> "shared variable '" + name + "': setValue(null)");
    }

    private void requireRank(int[] shape) {
        if (shape.length != rank) {
            throw new ShapeException("shared variable '" + name + "' has rank " + rank
                    + ", but the value given has shape " + Shapes.format(shape));
        }
    }

    @Override
    public String toString() {
        return name + " = " + (value == null ? "<unset>" : value.toString());
    }
}
