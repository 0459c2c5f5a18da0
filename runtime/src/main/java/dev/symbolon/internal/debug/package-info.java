/**
 * Debug mode ({@code symbolon.mode=debug}): generated methods hand each call's arguments and results
 * to {@link dev.symbolon.internal.debug.DebugCheck}, which evaluates the method's graphs with the
 * reference interpreter to find the operation and source line that first produced NaN or infinity,
 * and to compare the results with the unoptimized graph.
 */
package dev.symbolon.internal.debug;
