package dev.symbolon.internal.codegen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The local variable names of one generated method. Node values are {@code t<id>} (with
 * {@code t<id>Shape} for their shapes), the id being the node's index in topological order, as
 * {@code debugPrint} shows it, and {@code t<id>Sum} for an accumulator; loop indices are {@code i},
 * {@code i0}, {@code i1}, ..., and {@code n} a loop bound. A name that a
 * parameter already has gets underscores appended, so user names are never shadowed.
 */
final class Names {
    private final Set<String> reserved;
    private final Map<String, String> assigned = new HashMap<>();

    Names(Set<String> parameterNames) {
        this.reserved = new HashSet<>(parameterNames);
    }

    /** The call's {@code DrawCall}, in a method that draws. */
    String draws() {
        return fresh("draws");
    }

    String value(int id) {
        return fresh("t" + id);
    }

    String shape(int id) {
        return fresh("t" + id + "Shape");
    }

    /** The {@code NDArray} a shared variable holds when a call reads it. */
    String state(int id) {
        return fresh("t" + id + "State");
    }

    /** The index of loop dimension {@code d}; {@code -1} names the single index of a flat loop. */
    String loopIndex(int d) {
        return fresh(d < 0 ? "i" : "i" + d);
    }

    /** The bound of a flat loop that fills no array. */
    String loopEnd() {
        return fresh("n");
    }

    /** The double accumulator of a float32 or mean reduction computed in a loop. */
    /** The start time of profiled step {@code index}. */
    String profileStart(int index) {
        return fresh("p" + index + "Start");
    }

    /** A jacobian's seed, its current row and the row's index. */
    String seed(int id) {
        return fresh("t" + id + "Seed");
    }

    String row(int id) {
        return fresh("t" + id + "Row");
    }

    String rowIndex(int id) {
        return fresh("t" + id + "Index");
    }

    String accumulator(int id) {
        return fresh("t" + id + "Sum");
    }

    /** A row pass's chunk index, the end of its rows and the offset of the current row in the matrix. */
    String chunk() {
        return fresh("c");
    }

    String chunkEnd() {
        return fresh("end");
    }

    String rowOffset() {
        return fresh("row");
    }

    /** The rows of one chunk of the row pass of product {@code id}, and their count. */
    String chunkRows(int id) {
        return fresh("t" + id + "Rows");
    }

    String chunks(int id) {
        return fresh("t" + id + "Chunks");
    }

    /** The chunks' partial results of node {@code id} in a row pass. */
    String partials(int id) {
        return fresh("t" + id + "Parts");
    }

    /** A copy of a local that a lambda reads and that is assigned more than once. */
    String captured(int id) {
        return fresh("t" + id + "Value");
    }

    /** What an executor returned. */
    String results() {
        return fresh("results");
    }

    String caught() {
        return fresh("e");
    }

    private String fresh(String base) {
        return assigned.computeIfAbsent(base, b -> {
            String name = b;
            while (reserved.contains(name)) {
                name += "_";
            }
            return name;
        });
    }
}
