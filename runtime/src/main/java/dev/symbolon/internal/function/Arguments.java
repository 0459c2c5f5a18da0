package dev.symbolon.internal.function;

import dev.symbolon.internal.model.Parameter;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.List;

/**
 * The arguments of a call, as {@code NDArray}s of each input's dtype and rank: an {@code NDArray}, a
 * Java array of the input's rank and dtype (copied), or, for a scalar input, a number or a boolean.
 * Nothing is converted between dtype kinds silently: a fractional number for an integer input, or an
 * array of another dtype, is refused.
 */
final class Arguments {
    private Arguments() {}

    static NDArray[] convert(String function, List<Parameter> inputs, Object[] arguments) {
        if (arguments.length != inputs.size()) {
            throw new IllegalArgumentException(function + " takes " + inputs.size() + " argument"
                    + (inputs.size() == 1 ? "" : "s") + ", got " + arguments.length);
        }
        NDArray[] converted = new NDArray[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = convert(function, inputs.get(i), arguments[i]);
        }
        return converted;
    }

    private static NDArray convert(String function, Parameter input, Object argument) {
        DType dtype = input.node().type().dtype();
        int rank = input.node().rank();
        if (argument == null) {
            throw new NullPointerException("argument " + input.name() + " of " + function + " is null; pass "
                    + expected(dtype, rank));
        }
        NDArray array;
        if (argument instanceof NDArray a) {
            array = a;
        } else if (argument instanceof Number || argument instanceof Boolean) {
            array = scalar(function, input, argument);
        } else if (argument.getClass().isArray()) {
            array = NDArray.ofNested(argument);
        } else {
            throw new IllegalArgumentException("argument " + input.name() + " of " + function + " is a "
                    + argument.getClass().getName() + "; pass " + expected(dtype, rank));
        }
        if (array.dtype() != dtype || array.rank() != rank) {
            throw new IllegalArgumentException("argument " + input.name() + " of " + function + " is "
                    + array.dtype().numpyName() + " of rank " + array.rank() + "; pass " + expected(dtype, rank)
                    + (array.rank() == rank ? " (astype converts)" : ""));
        }
        return array;
    }

    private static NDArray scalar(String function, Parameter input, Object argument) {
        DType dtype = input.node().type().dtype();
        if (input.node().rank() != 0) {
            throw new IllegalArgumentException("argument " + input.name() + " of " + function + " is the number "
                    + argument + ", but the input has rank " + input.node().rank() + "; pass "
                    + expected(dtype, input.node().rank()));
        }
        if (argument instanceof Boolean b) {
            return dtype == DType.BOOL ? NDArray.scalar(b) : NDArray.scalar(b ? 1 : 0).astype(dtype);
        }
        Number n = (Number) argument;
        boolean integral = n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
        if (dtype.isInteger() && !integral && n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("argument " + input.name() + " of " + function + " is " + n
                    + ", but the input is " + dtype.numpyName() + "; pass a whole number");
        }
        return switch (dtype) {
            case FLOAT64 -> NDArray.scalar(n.doubleValue());
            case FLOAT32 -> NDArray.scalar(n.floatValue());
            case INT64 -> NDArray.scalar(integral ? n.longValue() : (long) n.doubleValue());
            case INT32 -> NDArray.scalar(integral ? n.intValue() : (int) n.doubleValue());
            case BOOL -> NDArray.scalar(n.doubleValue() != 0);
        };
    }

    private static String expected(DType dtype, int rank) {
        return rank == 0 ? "a number or a rank-0 NDArray of " + dtype.numpyName()
                : "an NDArray or Java array of " + dtype.numpyName() + " of rank " + rank;
    }
}
