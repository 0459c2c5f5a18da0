/**
 * The symbolic types and {@link dev.symbolon.T}, the functions of the DSL.
 *
 * <p>Nothing here takes or returns null unless marked {@code @Nullable}: the package is
 * {@code @NullMarked}, so Kotlin sees its types as non-null Kotlin types.
 */
@NullMarked
package dev.symbolon;

import org.jspecify.annotations.NullMarked;
