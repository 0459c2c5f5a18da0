package dev.symbolon.samples.tutorial;

import static dev.symbolon.T.update;

import dev.symbolon.Scalar;
import dev.symbolon.annotation.Int32;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/** Theano's shared-variable example: a state that each call increments. */
public class Accumulator {
    @Shared @Int32 Scalar state;

    /** Returns the state before the call; the update applies after the output is computed. */
    @Symbolic
    Scalar accumulate(@Int32 Scalar inc) {
        update(state, state.plus(inc));
        return state;
    }
}
