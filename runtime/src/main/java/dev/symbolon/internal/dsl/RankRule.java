package dev.symbolon.internal.dsl;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The rank of a DSL function's result from its operands' ranks (in parameter order, symbolic
 * parameters only) and the number of ints given to an {@link Param#INTS} parameter (or the length of
 * the first {@link Param#AXES} list); empty where the
 * function does not take operands of these ranks. A rule must not tell ranks of 3 and more apart in
 * what it accepts: a {@code Tensor} is any rank from 3 on, and the Java overloads have one per handle.
 */
@FunctionalInterface
public interface RankRule {
    OptionalInt resultRank(int[] ranks, int ints);

    /** Elementwise: the highest rank, the others broadcast to it. */
    RankRule BROADCAST = (ranks, ints) -> OptionalInt.of(Arrays.stream(ranks).max().orElseThrow());
    /** The first operand's rank. */
    RankRule SAME = (ranks, ints) -> OptionalInt.of(ranks[0]);
    /** A scalar, whatever the operands. */
    RankRule SCALAR = (ranks, ints) -> OptionalInt.of(0);
    /** Along one axis: one rank less; a scalar has no axis. */
    RankRule ONE_LESS = (ranks, ints) -> ranks[0] >= 1 ? OptionalInt.of(ranks[0] - 1) : OptionalInt.empty();
    /** Along the last axis: the same rank; a scalar has no axis. */
    RankRule LAST_AXIS = (ranks, ints) -> ranks[0] >= 1 ? OptionalInt.of(ranks[0]) : OptionalInt.empty();
    /** As many dimensions as ints given. */
    RankRule INT_COUNT = (ranks, ints) -> OptionalInt.of(ints);
    /** The last operand's rank (grad: the rank of wrt). */
    RankRule LAST = (ranks, ints) -> OptionalInt.of(ranks[ranks.length - 1]);
    /** Vectors and matrices: (1,1) 0, (2,1) and (1,2) 1, (2,2) 2. */
    RankRule PRODUCT = (ranks, ints) -> ranks[0] >= 1 && ranks[0] <= 2 && ranks[1] >= 1 && ranks[1] <= 2
            ? OptionalInt.of(ranks[0] + ranks[1] - 2) : OptionalInt.empty();
    /** As {@link #PRODUCT}, and a batched product where a Tensor meets a Tensor or a Matrix: a Tensor. */
    RankRule MATMUL = (ranks, ints) -> ranks[0] >= 2 && ranks[1] >= 2 && (ranks[0] >= 3 || ranks[1] >= 3)
            ? OptionalInt.of(Math.max(ranks[0], ranks[1])) : PRODUCT.resultRank(ranks, ints);
    /** {@code diag}: a vector's matrix, a matrix's vector. */
    RankRule DIAG = (ranks, ints) -> ranks[0] == 1 || ranks[0] == 2 ? OptionalInt.of(3 - ranks[0]) : OptionalInt.empty();
    /** Two vectors: a matrix. */
    RankRule OUTER = (ranks, ints) -> ranks[0] == 1 && ranks[1] == 1 ? OptionalInt.of(2) : OptionalInt.empty();

    /** Picks of an axis: the axis replaced by the indices' dimensions ({@code take}). */
    RankRule TAKE = (ranks, ints) -> ranks[0] >= 1 ? OptionalInt.of(ranks[0] + ranks[1] - 1) : OptionalInt.empty();
    /** One entry along the first axis, by an int or a scalar index: one rank less. */
    RankRule ENTRY = (ranks, ints) -> ranks[0] >= 1 && (ranks.length == 1 || ranks[1] == 0)
            ? OptionalInt.of(ranks[0] - 1) : OptionalInt.empty();
    /** A vector from a length, an int or a scalar. */
    RankRule RANGE = (ranks, ints) -> ranks.length == 0 || ranks[0] == 0 ? OptionalInt.of(1) : OptionalInt.empty();
    /** One more axis, of a scalar or a vector ({@code oneHot}). */
    RankRule ONE_MORE = (ranks, ints) -> ranks[0] <= 1 ? OptionalInt.of(ranks[0] + 1) : OptionalInt.empty();
    /** A matrix. */
    RankRule MATRIX = (ranks, ints) -> OptionalInt.of(2);
    /** Two Tensors give a rank-4 Tensor ({@code conv2d}: NCHW images and OIHW filters). */
    RankRule CONVOLUTION = (ranks, ints) -> ranks[0] >= 3 && ranks[1] >= 3 ? OptionalInt.of(4) : OptionalInt.empty();

    /** One more axis, for operands of one rank ({@code stack}). */
    RankRule STACKED = ((RankRule) (ranks, ints) -> OptionalInt.of(ranks[0] + 1)).sameRanksFrom(0);

    /**
     * Sums over pairs of axes ({@code tensordot}): the operands' ranks less two per pair. It takes any
     * ranks, so that axes outside an operand's rank are the builder's error, which names them.
     */
    RankRule PAIRS_SUMMED = (ranks, ints) -> OptionalInt.of(Math.max(0, ranks[0] + ranks[1] - 2 * ints));

    /** This rule where every operand has the first one's rank and is at least {@code min}; else empty. */
    default RankRule sameRanksFrom(int min) {
        return (ranks, ints) -> ranks[0] >= min && Arrays.stream(ranks).allMatch(r -> r == ranks[0])
                ? resultRank(ranks, ints) : OptionalInt.empty();
    }

    /** This rule where the first operand has rank {@code max} or less; else empty. */
    default RankRule upTo(int max) {
        return (ranks, ints) -> ranks[0] <= max ? resultRank(ranks, ints) : OptionalInt.empty();
    }

    /** This rule where the first operand has rank {@code min} or more; else empty. */
    default RankRule from(int min) {
        return (ranks, ints) -> ranks[0] >= min ? resultRank(ranks, ints) : OptionalInt.empty();
    }
}
