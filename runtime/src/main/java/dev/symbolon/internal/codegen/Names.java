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

    /** Where an argument read at its offset starts in its backing array. */
    String offset(int id) {
        return fresh("t" + id + "At");
    }

    /** The backing array of an {@code Into} form's target for output {@code index}, and its offset. */
    String target(int index) {
        return fresh("into" + index);
    }

    String targetOffset(int index) {
        return fresh("into" + index + "At");
    }

    /** A shared variable's array before its update, which becomes its spare. */
    String old(String field) {
        return fresh(field + "Old");
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

    /** A row pass's first row of a group of rows, their count, their dot products and their residuals. */
    String rowOffset() {
        return fresh("first");
    }

    String rowCount() {
        return fresh("count");
    }

    String rowDots() {
        return fresh("dots");
    }

    String rowResiduals() {
        return fresh("residuals");
    }

    /** The rows of one chunk of the row pass of product {@code id}, and their count. */
    String chunkRows(int id) {
        return fresh("t" + id + "Rows");
    }

    String chunks(int id) {
        return fresh("t" + id + "Chunks");
    }

    /** What an executor returned. */
    String results() {
        return fresh("results");
    }

    String caught() {
        return fresh("e");
    }

    /** A chunk's number, first index and end in the body of a loop run on several threads. */
    String chunk() {
        return fresh("chunk");
    }

    String chunkStart() {
        return fresh("start");
    }

    String chunkEnd() {
        return fresh("end");
    }

    /** The elementwise kernels in a blocked loop, the length of its current block and its block buffers. */
    String kernels() {
        return fresh("k");
    }

    String blockLength() {
        return fresh("len");
    }

    String block(int index) {
        return fresh("b" + index);
    }

    /** The thread's set of block buffers that a blocked loop's chunk takes its buffers from. */
    String blockScratch() {
        return fresh("blocks");
    }

    /** A reduction's partial sums per chunk and the current chunk's. */
    String partials(int id) {
        return fresh("t" + id + "Parts");
    }

    String partial(int id) {
        return fresh("t" + id + "Part");
    }

    /** A copy of a local that is assigned more than once, for a lambda to read. */
    String copy(int id) {
        return fresh("t" + id + "Final");
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
