/**
 * The CPU kernels that generated {@code Compiled} classes call for everything that is not a plain
 * elementwise loop: reductions, matrix products, softmax, shape changes, and the checks and messages
 * that every compiled method shares. Plain Java over flat row-major primitive arrays; each kernel
 * allocates its result and never writes to its arguments.
 */
package dev.symbolon.internal.cpu;
