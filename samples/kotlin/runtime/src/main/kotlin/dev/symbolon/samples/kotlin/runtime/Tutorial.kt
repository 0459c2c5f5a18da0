package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.CompiledFunction
import dev.symbolon.T.*
import dev.symbolon.kotlin.*
import dev.symbolon.runtime.DType
import dev.symbolon.runtime.NDArray
import dev.symbolon.runtime.SharedVariable

// The programs of Theano's tutorial, built in Kotlin at run time: each `function` compiles its graph
// as the processor compiles a @Symbolic method (samples/tutorial holds them as Java models).

/** `a - b` of two scalars. */
fun difference(): CompiledFunction {
    val a = scalar("a")
    val b = scalar("b")
    return function(listOf(a, b), listOf(a - b))
}

/** The logistic function as a user writes it; compilation rewrites it into a stable sigmoid. */
fun logistic(): CompiledFunction {
    val x = scalar("x")
    return function(listOf(x), listOf(1.0 / (1.0 + exp(-x))))
}

/** Two outputs of one call: the logistic and its derivative, computed symbolically. */
fun logisticWithSlope(): CompiledFunction {
    val x = scalar("x")
    val s = 1.0 / (1.0 + exp(-x))
    return function(listOf(x), listOf(s, grad(s, x)))
}

/** The sum of two matrices. */
fun add(): CompiledFunction {
    val x = matrix("x")
    val y = matrix("y")
    return function(listOf(x, y), listOf(x + y))
}

/** The inner product of two vectors. */
fun dotProduct(): CompiledFunction {
    val a = vector("a")
    val b = vector("b")
    return function(listOf(a, b), listOf(a dot b))
}

/** Theano's shared-variable example: each call returns the state, then adds its argument to it. */
class Accumulator {
    val state: SharedVariable = SharedVariable.of("state", NDArray.zeros(DType.INT32))

    val accumulate: CompiledFunction = run {
        val s = state.scalar()
        val inc = scalar("inc", DType.INT32)
        function(listOf(inc), listOf(s), mapOf(s to s + inc))
    }
}
