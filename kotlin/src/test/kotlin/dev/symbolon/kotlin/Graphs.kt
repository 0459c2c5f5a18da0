package dev.symbolon.kotlin

import dev.symbolon.Matrix
import dev.symbolon.Scalar
import dev.symbolon.SymbolicValue
import dev.symbolon.Tensor
import dev.symbolon.Vector
import dev.symbolon.internal.access.Internals
import dev.symbolon.internal.interpreter.Interpreter
import dev.symbolon.internal.ir.GraphOps
import dev.symbolon.internal.ir.Type
import dev.symbolon.runtime.DType
import dev.symbolon.runtime.NDArray

/**
 * Graph inputs and their values through the reference interpreter, the oracle the runtime's own
 * tests use: what the operators build is checked by evaluating it.
 */
object Graphs {
    fun scalar(name: String, dtype: DType = DType.FLOAT64): Scalar = input(name, dtype, 0) as Scalar
    fun vector(name: String, dtype: DType = DType.FLOAT64): Vector = input(name, dtype, 1) as Vector
    fun matrix(name: String, dtype: DType = DType.FLOAT64): Matrix = input(name, dtype, 2) as Matrix
    fun tensor(name: String, rank: Int, dtype: DType = DType.FLOAT64): Tensor = input(name, dtype, rank) as Tensor

    fun dtype(value: SymbolicValue): DType = Internals.node(value).type().dtype()

    fun rank(value: SymbolicValue): Int = Internals.node(value).rank()

    /** The value of [value] with each input named in [inputs] set. */
    fun evaluate(value: SymbolicValue, vararg inputs: Pair<String, NDArray>): NDArray =
        Interpreter.evaluate(Internals.node(value), mapOf(*inputs))

    private fun input(name: String, dtype: DType, rank: Int): SymbolicValue =
        Internals.handle(GraphOps.input(name, Type.of(dtype, rank)))
}
