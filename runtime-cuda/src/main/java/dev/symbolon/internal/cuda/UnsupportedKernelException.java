package dev.symbolon.internal.cuda;

/**
 * A fused group the PTX emitter cannot write a kernel for (an op, dtype or operand pattern it does not
 * handle yet). The executor is to run such a group another way; the message names the node and why.
 */
public final class UnsupportedKernelException extends RuntimeException {
    public UnsupportedKernelException(String message) {
        super(message);
    }
}
