/**
 * The seam between compiled classes and the devices other than the CPU. On the CPU the generated
 * Java runs itself; for any other device the generated class asks {@link
 * dev.symbolon.internal.executor.Executors} for one {@link dev.symbolon.internal.executor.Executor}
 * per compiled method, made by the {@link dev.symbolon.internal.executor.ExecutorProvider} that
 * serves the device (found with {@link java.util.ServiceLoader}) from the method's {@link
 * dev.symbolon.internal.executor.MethodGraph}, and hands each call to it.
 */
package dev.symbolon.internal.executor;
