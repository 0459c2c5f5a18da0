package dev.symbolon.internal.device;

/**
 * A back end that runs compiled code on an accelerator, found with {@link java.util.ServiceLoader}
 * (registered in {@code META-INF/services/dev.symbolon.internal.device.DeviceProvider}). The
 * symbolon-runtime-cuda module provides one for CUDA; without it only the CPU exists.
 */
public interface DeviceProvider {
    /** Whether the CUDA device with this ordinal exists and can be used now. */
    boolean isAvailable(int ordinal);

    /**
     * Why no device is available, for the message of a request that cannot be met: a missing driver,
     * no GPU, a failed native library load.
     */
    String unavailableReason();
}
