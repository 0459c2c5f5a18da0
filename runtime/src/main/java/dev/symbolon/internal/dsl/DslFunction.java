package dev.symbolon.internal.dsl;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.util.List;
import java.util.OptionalInt;

/**
 * One form of a DSL function: a row of {@link DslTable}. A function may have several forms of
 * different parameters ({@code sum(x)} and {@code sum(x, axis)}); a call takes the first that fits.
 *
 * @param name the name in {@code T}
 * @param params what each parameter takes; a varargs parameter ({@link Param#INTS}, {@link Param#OPERANDS})
 *     comes last
 * @param rank the result's rank, and which operand ranks the function takes
 * @param builder the node the call makes
 * @param result what the call gives
 */
public record DslFunction(String name, List<Param> params, RankRule rank, Builder builder, Result result) {
    public DslFunction {
        params = List.copyOf(params);
        for (Param varargs : List.of(Param.INTS, Param.OPERANDS)) {
            if (params.indexOf(varargs) >= 0 && params.indexOf(varargs) != params.size() - 1) {
                throw new IllegalArgumentException(name + ": varargs come last");
            }
        }
    }

    /** What a call of a function gives. */
    public enum Result {
        /** A node. */
        VALUE,
        /**
         * A node; {@code T} also computes the function on plain doubles, giving a double, so that javac
         * accepts it on the primitive scalars that the compiler reads as symbolic.
         */
        VALUE_COMPUTED_ON_DOUBLES,
        /** A node; {@code T} also compares plain doubles, giving a boolean, for the same reason. */
        VALUE_COMPARED_ON_DOUBLES,
        /** Nothing: the call is a statement ({@code update}). */
        NONE
    }

    /** Makes the node of a call whose arguments fit. */
    @FunctionalInterface
    public interface Builder {
        Node build(Arguments args);
    }

    /** A call's arguments by kind, each kind in parameter order; {@code axisLists} those at {@link Param#AXES}. */
    public record Arguments(List<Node> operands, int[] ints, DType dtype, List<int[]> axisLists) {
        public Arguments {
            axisLists = List.copyOf(axisLists);
        }

        /** The arguments of a form without {@link Param#AXES}. */
        public Arguments(List<Node> operands, int[] ints, DType dtype) {
            this(operands, ints, dtype, List.of());
        }

        /** The {@code i}-th list of axes given. */
        public int[] axes(int i) {
            return axisLists.get(i).clone();
        }

        public Node operand(int i) {
            return operands.get(i);
        }

        public int axis() {
            return ints[0];
        }
    }

    /** Whether the last parameter takes any number of ints or operands. */
    public boolean isVarargs() {
        return !params.isEmpty() && (params.get(params.size() - 1) == Param.INTS
                || params.get(params.size() - 1) == Param.OPERANDS);
    }

    /** The parameter that the arguments past the fixed ones fit; meaningful where {@link #isVarargs()}. */
    public Param varargs() {
        return params.get(params.size() - 1);
    }

    /** How few arguments a call may pass: a varargs parameter takes at least one operand, and any number of ints. */
    public int minArguments() {
        return isVarargs() && varargs() == Param.INTS ? params.size() - 1 : params.size();
    }

    /**
     * The result's rank for operands of these ranks and this many ints (at {@link Param#INTS}, or the
     * length of the first {@link Param#AXES} list), empty where the function does not take them.
     */
    public OptionalInt resultRank(int[] ranks, int ints) {
        return rank.resultRank(ranks, ints);
    }
}
