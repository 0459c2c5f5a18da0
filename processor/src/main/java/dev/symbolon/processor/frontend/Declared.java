package dev.symbolon.processor.frontend;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.util.Optional;

/**
 * What a declaration says about a symbolic value: its rank, and its dtype when the declaration fixes
 * one (a primitive type or a dtype annotation). An unannotated {@code Scalar}, {@code Vector},
 * {@code Matrix} or {@code Tensor} fixes no dtype: as an input it takes the default float type, as
 * a result it keeps the dtype of what is returned.
 */
record Declared(int rank, Optional<DType> dtype) {
    /** The rank of a method's {@code Tensor} result: that of the returned value. */
    static final int ANY_RANK = -1;

    /** The type of an input or shared leaf declared this way. */
    Type leafType(DType defaultFloat) {
        return Type.of(dtype.orElse(defaultFloat), rank);
    }

    /** {@code value} converted as Java converts an assignment to this declaration: to the fixed dtype, if any. */
    Node convert(Node value) {
        return dtype.map(d -> GraphOps.cast(value, d)).orElse(value);
    }

    /** Whether a value of {@code rank} fits this declaration. */
    boolean accepts(int valueRank) {
        return rank == ANY_RANK || rank == valueRank;
    }

    /** For messages: {@code Scalar}, {@code Matrix}, {@code Tensor(rank 3)}. */
    String kindName() {
        return rank == ANY_RANK ? "Tensor" : Type.of(DType.FLOAT64, rank).kindName();
    }
}
