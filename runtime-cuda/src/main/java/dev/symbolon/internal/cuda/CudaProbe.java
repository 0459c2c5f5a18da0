package dev.symbolon.internal.cuda;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether this process can use CUDA, asked once: JCuda's natives must load (they need the driver's
 * {@code libcuda.so.1}), {@code cuInit} must succeed and the driver must count the GPU. A failed
 * native load throws {@link UnsatisfiedLinkError} once and {@link NoClassDefFoundError} on every later
 * use of the class, and {@code cuInit} without a GPU throws a {@code CudaException}: every one becomes
 * the reason of an absent device, never an exception of the caller.
 */
final class CudaProbe {
    private static final CudaProbe INSTANCE = new CudaProbe();

    /** The driver's device count, or -1 when CUDA is unusable. */
    private final int devices;
    private final String reason;
    private final Map<Integer, CudaDriver> opened = new ConcurrentHashMap<>();

    private CudaProbe() {
        int count = -1;
        String why;
        try {
            jcuda.driver.JCudaDriver.setExceptionsEnabled(true);
            jcuda.driver.JCudaDriver.cuInit(0);
            int[] found = new int[1];
            jcuda.driver.JCudaDriver.cuDeviceGetCount(found);
            count = found[0];
            why = "the CUDA driver reports " + count + " device" + (count == 1 ? "" : "s");
        } catch (LinkageError | RuntimeException e) {
            why = firstLine(e);
        }
        this.devices = count;
        this.reason = why;
    }

    static CudaProbe get() {
        return INSTANCE;
    }

    boolean has(int ordinal) {
        return ordinal < devices;
    }

    /** Why GPU {@code ordinal} cannot be used; what the driver reports when it can. */
    String reason(int ordinal) {
        if (devices < 0 || has(ordinal)) {
            return reason;
        }
        return "there is no GPU " + ordinal + ": " + reason;
    }

    /** The driver of GPU {@code ordinal}, which {@link #has} accepted; one per process and GPU. */
    CudaDriver driver(int ordinal) {
        if (!has(ordinal)) {
            throw new IllegalStateException("GPU " + ordinal + " is absent (" + reason(ordinal) + ")");
        }
        return opened.computeIfAbsent(ordinal, JCudaDevice::new);
    }

    /**
     * The exception's type and the gist of its message: JCuda's message for a failed native load spans
     * dozens of lines, whose last nested cause ({@code libcuda.so.1: cannot open shared object file})
     * says what is missing.
     */
    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        String[] lines = message.split("\n");
        String gist = lines[0].strip();
        for (String line : lines) {
            int missing = line.indexOf(": cannot open shared object file");
            if (missing >= 0) {
                String library = line.substring(0, missing);
                gist += " (" + library.substring(library.lastIndexOf(' ') + 1).replaceAll(".*/", "")
                        + ": cannot open shared object file)";
                break;
            }
        }
        return e.getClass().getSimpleName() + ": " + gist;
    }
}
