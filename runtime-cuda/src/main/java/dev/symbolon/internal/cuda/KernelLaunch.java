package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * How to launch one emitted kernel: its entry and PTX module text, the kernel parameters in order,
 * the grid rule and the block size the kernel was written for. An operation that takes several
 * launches (a two-pass reduction) is a list of these in launch order; their {@code SCRATCH}
 * arguments of the same name are one device buffer the executor allocates for that list.
 *
 * <p>Every kernel uses only static shared memory (declared in its text): the dynamic shared size is 0,
 * and {@code blockThreads} is a requirement, not a hint (shared arrays and tiles are sized for it).
 * Grids are one-dimensional except {@link Grid#TILES}.
 */
public record KernelLaunch(String entry, String text, List<Argument> arguments, Grid grid, int blockThreads) {
    public KernelLaunch {
        arguments = List.copyOf(arguments);
    }

    /** The number of blocks. */
    public enum Grid {
        /**
         * Any number of blocks from 1 up: the kernel strides over its elements. A good choice is
         * ceil(n / blockThreads) capped at a wave or two of the device (multiprocessors × 2048 / block).
         * A later launch's {@code partials} is this launch's block count.
         */
        STRIDED,
        /** Exactly one block. */
        ONE_BLOCK,
        /** One block per row: gridDim.x = the {@code rows} argument (at least 1). */
        PER_ROW,
        /** One block per 32×32 tile of the m×n result: gridDim.x = ceil(n / 32), gridDim.y = ceil(m / 32). */
        TILES
    }

    /**
     * One kernel parameter, always 64 bits: a {@code SIZE} is a {@code .u64} value named by
     * {@code name} ({@code n}, {@code partials}, {@code rows}, {@code length}, {@code inner}, {@code m},
     * {@code k}); an {@code INPUT} or {@code OUTPUT} the device pointer of {@code node}'s array
     * (row-major, the node's dtype; an argmax output is int64); a {@code SCRATCH} the pointer of a
     * buffer of {@code partials} 8-byte elements that the launches of one list share by name, holding
     * the per-block partial results of the reduction {@code node} (so that a driver that runs kernels
     * without a GPU knows what the buffer carries from one launch to the next).
     */
    public record Argument(Kind kind, String name, Node node) {
        public enum Kind { SIZE, INPUT, OUTPUT, SCRATCH }

        public static Argument size(String name) {
            return new Argument(Kind.SIZE, name, null);
        }

        public static Argument input(Node node) {
            return new Argument(Kind.INPUT, "in", node);
        }

        public static Argument output(Node node) {
            return new Argument(Kind.OUTPUT, "out", node);
        }

        public static Argument scratch(String name, Node reduction) {
            return new Argument(Kind.SCRATCH, name, reduction);
        }
    }
}
