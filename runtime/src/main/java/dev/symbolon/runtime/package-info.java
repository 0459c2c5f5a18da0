/**
 * Values, shared variables, devices, modes and the exceptions of calls.
 *
 * <p>Nothing here takes or returns null unless marked {@code @Nullable}: the package is
 * {@code @NullMarked}, so Kotlin sees its types as non-null Kotlin types.
 */
@NullMarked
package dev.symbolon.runtime;

import org.jspecify.annotations.NullMarked;
