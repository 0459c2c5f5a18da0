package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.ir.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A step that one emitter's list of {@link KernelLaunch}es computes, launched as their contract
 * says: sizes by name from the host-side shapes ({@link #sizes}), inputs and outputs by node, scratch
 * buffers by name, grids by rule. A {@code STRIDED} launch gets enough blocks for one element per
 * thread, at most eight per multiprocessor (one wave at 2048 threads each); a later launch's
 * {@code partials} is that block count, so every scratch buffer is allocated once, for the largest.
 */
abstract class LaunchStep implements DeviceStep {
    private static final int BLOCKS_PER_MULTIPROCESSOR = 8;

    private final List<Node> computes;
    private final List<KernelLaunch> launches;
    private final List<Node> reads = new ArrayList<>();
    private final List<Node> writes = new ArrayList<>();

    /**
     * @param computes the nodes the step computes, for messages
     * @param launches the launches in order
     */
    LaunchStep(List<Node> computes, List<KernelLaunch> launches) {
        this.computes = List.copyOf(computes);
        this.launches = List.copyOf(launches);
        for (KernelLaunch launch : launches) {
            for (Argument argument : launch.arguments()) {
                List<Node> list = switch (argument.kind()) {
                    case INPUT -> reads;
                    case OUTPUT -> writes;
                    case SIZE, SCRATCH -> null;
                };
                if (list != null && !list.contains(argument.node())) {
                    list.add(argument.node());
                }
            }
        }
    }

    /**
     * The values of the launches' {@code SIZE} arguments (all but {@code partials}) for a call whose
     * shapes {@code shapes} holds, or null where the step has nothing to compute (no launch).
     */
    abstract Map<String, Long> sizes(Map<Node, int[]> shapes);

    @Override
    public String description() {
        return (launches.size() == 1 ? "kernel " : "kernels ")
                + launches.stream().map(KernelLaunch::entry).collect(Collectors.joining(", "))
                + " (" + computes.stream().map(Node::describe).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public List<Node> reads() {
        return reads;
    }

    @Override
    public List<Node> writes() {
        return writes;
    }

    @Override
    public List<KernelLaunch> launches() {
        return launches;
    }

    @Override
    public void run(Launcher launcher, Map<Node, int[]> shapes) {
        Map<String, Long> given = sizes(shapes);
        if (given == null) {
            return;
        }
        Map<String, Long> sizes = new HashMap<>(given);
        long largestStrided = (long) launcher.multiprocessors() * BLOCKS_PER_MULTIPROCESSOR;
        for (KernelLaunch launch : launches) {
            int[] grid = grid(launch, sizes, launcher.multiprocessors());
            if (launch.grid() == KernelLaunch.Grid.STRIDED) {
                sizes.putIfAbsent("partials", (long) grid[0]);
            }
            long[] parameters = new long[launch.arguments().size()];
            for (int i = 0; i < parameters.length; i++) {
                Argument argument = launch.arguments().get(i);
                parameters[i] = switch (argument.kind()) {
                    case SIZE -> size(sizes, argument.name());
                    case INPUT, OUTPUT -> launcher.address(argument.node());
                    case SCRATCH -> launcher.scratch(launches.get(0).entry() + "/" + argument.name(), largestStrided * 8);
                };
            }
            launcher.launch(launch, grid[0], grid[1], parameters);
        }
    }

    /** The grid of {@code launch} by its rule: blocks in x and y. */
    static int[] grid(KernelLaunch launch, Map<String, Long> sizes, int multiprocessors) {
        return switch (launch.grid()) {
            case STRIDED -> {
                long needed = (size(sizes, "n") + launch.blockThreads() - 1) / launch.blockThreads();
                yield new int[] {(int) Math.max(1, Math.min(needed, (long) multiprocessors * BLOCKS_PER_MULTIPROCESSOR)), 1};
            }
            case ONE_BLOCK -> new int[] {1, 1};
            case PER_ROW -> new int[] {Math.toIntExact(size(sizes, "rows")), 1};
            case TILES -> new int[] {Math.toIntExact((size(sizes, "n") + 31) / 32), Math.toIntExact((size(sizes, "m") + 31) / 32)};
        };
    }

    private static long size(Map<String, Long> sizes, String name) {
        Long value = sizes.get(name);
        if (value == null) {
            throw new IllegalStateException("no size " + name + " for a launch (has " + sizes.keySet()
                    + "): a bug in the CUDA executor");
        }
        return value;
    }
}
