package dev.symbolon.spark;

import dev.symbolon.runtime.DType;
import java.io.Serializable;

/**
 * One data input of a model's gradient: a Vector takes one number per row of its column, a Matrix one
 * array per row, all of one length.
 *
 * @param name the input's name, for messages
 * @param dtype what the model computes in; rows are packed as float64 and converted once
 * @param rank 1 or 2
 */
record DataInput(String name, DType dtype, int rank) implements Serializable {
    private static final long serialVersionUID = 1L;

    DataInput {
        if (rank != 1 && rank != 2) {
            throw new IllegalArgumentException("data input '" + name + "' has rank " + rank + "; inputs fed from "
                    + "rows are Vectors (a number per row) or Matrices (an array per row)");
        }
    }

    String describe() {
        return "'" + name + "' (" + dtype.numpyName() + (rank == 1 ? " Vector, a number per row)" : " Matrix, an array per row)");
    }
}
