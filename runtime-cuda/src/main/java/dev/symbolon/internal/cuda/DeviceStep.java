package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import java.util.List;
import java.util.Map;

/**
 * One step of a method's schedule on the GPU: what it reads and writes in device memory, the shapes
 * it gives its nodes (checking its operands' dimensions on the host, before anything is launched),
 * its kernels and how to launch them. {@link KernelDispatch} makes the step of each scheduled node.
 */
interface DeviceStep {
    /** The kernel and the ops it computes with their source lines, for messages. */
    String description();

    /** The values the step reads from device memory. */
    List<Node> reads();

    /** The values the step writes to device memory. */
    List<Node> writes();

    /**
     * Checks the dimensions of the step's operands, whose shapes {@code shapes} holds, and adds the
     * shape of every node the step computes.
     *
     * @throws dev.symbolon.runtime.ShapeException worded as the CPU's checks word it
     */
    void shapes(Map<Node, int[]> shapes);

    /** The kernels the step launches, loaded once per executor. */
    List<KernelLaunch> launches();

    /** Launches the step's kernels on values whose buffers hold {@code shapes}' elements. */
    void run(Launcher launcher, Map<Node, int[]> shapes);

    /** What a step can do on the device during a call. */
    interface Launcher {
        /** The device buffer of a value the step reads or writes. */
        long address(Node node);

        /**
         * The scratch buffer {@code name}, unique in the executor, of at least {@code bytes}: the
         * executor's own, kept between calls.
         */
        long scratch(String name, long bytes);

        int multiprocessors();

        /** Launches one of the step's kernels; see {@link CudaDriver#launch}. */
        void launch(KernelLaunch kernel, int gridX, int gridY, long... parameters);

        /** Copies a host value into the buffer of {@code node}. */
        void upload(Node node, dev.symbolon.runtime.NDArray value);
    }
}
