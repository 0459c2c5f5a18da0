package dev.symbolon.kotlin

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.T
import dev.symbolon.Vector

// Products as infix functions (`x dot w`), with T.dot's result type per rank combination.

/** The inner product. */
infix fun Vector.dot(y: Vector): Scalar = T.dot(this, y)

/** The matrix-vector product: one element per row of this matrix. */
infix fun Matrix.dot(y: Vector): Vector = T.dot(this, y)

/** This row vector times [y]: one element per column of [y]. */
infix fun Vector.dot(y: Matrix): Vector = T.dot(this, y)

/** The matrix product. */
infix fun Matrix.dot(y: Matrix): Matrix = T.dot(this, y)

/** The outer product `this[i] * y[j]`. */
infix fun Vector.outer(y: Vector): Matrix = T.outer(this, y)
