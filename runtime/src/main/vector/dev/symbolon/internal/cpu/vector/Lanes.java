package dev.symbolon.internal.cpu.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** The vector shapes every kernel here uses, checked once when the first kernel loads. */
final class Lanes {
    /** The widest float64 vector the CPU runs well. */
    static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;

    static {
        if (DOUBLES.length() < 2) {
            throw new UnsupportedOperationException("the preferred float64 vector has one lane: scalar loops are as fast");
        }
    }

    private Lanes() {}
}
