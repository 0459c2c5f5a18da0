package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import java.lang.ref.Cleaner;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device memory and loaded kernels of one executor, kept between calls: one buffer per value
 * that lives on the device, reused while it is large enough and replaced by a larger one when a call's
 * shapes grow. Everything is released when the executor becomes unreachable (a {@link Cleaner}
 * action that holds the driver and the allocations, never the executor).
 */
final class DeviceMemory {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Held held;
    private final Cleaner.Cleanable cleanable;

    DeviceMemory(Object owner, CudaDriver driver) {
        this.held = new Held(driver);
        this.cleanable = CLEANER.register(owner, held);
    }

    /** Frees every buffer and unloads every kernel now, instead of when the owner becomes unreachable. */
    void release() {
        cleanable.clean();
    }

    /**
     * Makes {@code node}'s buffer hold at least {@code bytes}, keeping it where it does.
     *
     * @return whether the buffer is new (its contents are undefined)
     */
    boolean ensure(Node node, long bytes) {
        synchronized (held) {
            Allocation current = held.buffers.get(node);
            if (current != null && current.bytes >= bytes) {
                return false;
            }
            if (current != null) {
                held.buffers.remove(node);
                held.driver.free(current.address);
            }
            long size = Math.max(bytes, 8);
            held.buffers.put(node, new Allocation(held.driver.allocate(size), size));
            return true;
        }
    }

    long address(Node node) {
        synchronized (held) {
            Allocation allocation = held.buffers.get(node);
            if (allocation == null) {
                throw new IllegalStateException(node.describe() + " has no device buffer: a bug in the CUDA executor");
            }
            return allocation.address;
        }
    }

    /** Exchanges the buffers of two values, so that one's contents become the other's without a copy. */
    void swap(Node a, Node b) {
        synchronized (held) {
            Allocation first = held.buffers.get(a);
            held.buffers.put(a, held.buffers.get(b));
            held.buffers.put(b, first);
        }
    }

    /**
     * The scratch buffer {@code name} (unique in the executor: its launch list's first entry and the
     * argument's name), of at least {@code bytes}: allocated once and reused by every call, replaced
     * only by a larger one.
     */
    long scratch(String name, long bytes) {
        synchronized (held) {
            Allocation current = held.scratch.get(name);
            if (current == null || current.bytes < bytes) {
                if (current != null) {
                    held.scratch.remove(name);
                    held.driver.free(current.address);
                }
                long size = Math.max(bytes, 8);
                current = new Allocation(held.driver.allocate(size), size);
                held.scratch.put(name, current);
            }
            return current.address;
        }
    }

    /** Loads {@code kernel} unless it is loaded. */
    CudaDriver.Loaded load(KernelLaunch kernel) {
        synchronized (held) {
            CudaDriver.Loaded loaded = held.kernels.get(kernel.entry());
            if (loaded == null) {
                loaded = held.driver.load(kernel);
                held.kernels.put(kernel.entry(), loaded);
            }
            return loaded;
        }
    }

    private record Allocation(long address, long bytes) {}

    /** What the cleaner releases: no reference to the executor, or it would never become unreachable. */
    private static final class Held implements Runnable {
        final CudaDriver driver;
        final Map<Node, Allocation> buffers = new IdentityHashMap<>();
        final Map<String, Allocation> scratch = new java.util.HashMap<>();
        final Map<String, CudaDriver.Loaded> kernels = new java.util.HashMap<>();

        Held(CudaDriver driver) {
            this.driver = driver;
        }

        @Override
        public synchronized void run() {
            for (Map<?, Allocation> allocations : List.of(buffers, scratch)) {
                for (Allocation allocation : allocations.values()) {
                    try {
                        driver.free(allocation.address);
                    } catch (RuntimeException e) {
                        warn("freeing device memory", e);
                    }
                }
            }
            for (CudaDriver.Loaded kernel : kernels.values()) {
                try {
                    driver.unload(kernel);
                } catch (RuntimeException e) {
                    warn("unloading kernel " + kernel.kernel().entry(), e);
                }
            }
            buffers.clear();
            scratch.clear();
            kernels.clear();
        }

        /** A cleaner action has no caller to throw to (the Cleaner ignores what it throws): the failure is logged. */
        private static void warn(String what, RuntimeException e) {
            System.getLogger(DeviceMemory.class.getName()).log(System.Logger.Level.WARNING,
                    "the CUDA executor failed " + what + " while releasing its resources", e);
        }
    }
}
