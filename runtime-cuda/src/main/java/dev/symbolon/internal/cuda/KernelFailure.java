package dev.symbolon.internal.cuda;

/**
 * A CUDA driver error while a compiled method ran on the GPU, naming the kernel and the ops (with
 * their source lines) that it computes, or the value being copied. The call changed no shared state.
 */
public final class KernelFailure extends RuntimeException {
    KernelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
