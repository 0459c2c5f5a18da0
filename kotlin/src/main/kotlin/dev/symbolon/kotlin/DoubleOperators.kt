package dev.symbolon.kotlin

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.T
import dev.symbolon.Tensor
import dev.symbolon.Vector

// A handle on the left is served by the handles' own plus, minus, times, div and rem, which Kotlin
// takes as operators; these put a Double on the left (`2.0 * x`, `1.0 - p`). The Double is a literal
// typed weakly, as NumPy types a Python float: it takes the other operand's dtype, except that with an
// integer operand it makes float64.

operator fun Double.plus(y: Scalar): Scalar = T.add(this, y)
operator fun Double.plus(y: Vector): Vector = T.add(this, y)
operator fun Double.plus(y: Matrix): Matrix = T.add(this, y)
operator fun Double.plus(y: Tensor): Tensor = T.add(this, y)

operator fun Double.minus(y: Scalar): Scalar = T.sub(this, y)
operator fun Double.minus(y: Vector): Vector = T.sub(this, y)
operator fun Double.minus(y: Matrix): Matrix = T.sub(this, y)
operator fun Double.minus(y: Tensor): Tensor = T.sub(this, y)

operator fun Double.times(y: Scalar): Scalar = T.mul(this, y)
operator fun Double.times(y: Vector): Vector = T.mul(this, y)
operator fun Double.times(y: Matrix): Matrix = T.mul(this, y)
operator fun Double.times(y: Tensor): Tensor = T.mul(this, y)

operator fun Double.div(y: Scalar): Scalar = T.div(this, y)
operator fun Double.div(y: Vector): Vector = T.div(this, y)
operator fun Double.div(y: Matrix): Matrix = T.div(this, y)
operator fun Double.div(y: Tensor): Tensor = T.div(this, y)

operator fun Double.rem(y: Scalar): Scalar = T.rem(this, y)
operator fun Double.rem(y: Vector): Vector = T.rem(this, y)
operator fun Double.rem(y: Matrix): Matrix = T.rem(this, y)
operator fun Double.rem(y: Tensor): Tensor = T.rem(this, y)
