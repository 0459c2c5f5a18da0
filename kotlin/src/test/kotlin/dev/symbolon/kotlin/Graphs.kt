package dev.symbolon.kotlin

import dev.symbolon.SymbolicValue
import dev.symbolon.T
import dev.symbolon.runtime.NDArray

/** What the operators build, checked by its value: the graph compiled with `function`, called once. */
object Graphs {
    /** The value of [value] with each input of [inputs] set. */
    fun evaluate(value: SymbolicValue, vararg inputs: Pair<SymbolicValue, NDArray>): NDArray =
        T.function(inputs.map { it.first }, listOf(value)).call(*inputs.map { it.second }.toTypedArray())[0]
}
