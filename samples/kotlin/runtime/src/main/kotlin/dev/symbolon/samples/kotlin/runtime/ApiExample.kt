package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.CompiledFunction
import dev.symbolon.T.*
import dev.symbolon.kotlin.*
import dev.symbolon.runtime.NDArray
import dev.symbolon.runtime.SharedVariable

/** What the example of docs/API.md ("From Kotlin") makes: its training function and the variables it updates. */
class ApiExample(val train: CompiledFunction, val w: SharedVariable, val b: SharedVariable)

/**
 * The example of docs/API.md's "From Kotlin" section, line for line as printed there (a test holds
 * the two together): logistic regression with an L2 penalty, one step of gradient descent a call.
 */
fun apiExample(initialWeights: DoubleArray): ApiExample {
    val x = matrix("x"); val y = vector("y")
    val wState = SharedVariable.of("w", NDArray.of(initialWeights)); val w = wState.vector()
    val bState = SharedVariable.of("b", 0.0); val b = bState.scalar()
    val p = sigmoid((x dot w) + b)
    val cost = mean(binaryCrossentropy(p, y)) + 0.01 * sum(w * w)
    val train = function(listOf(x, y), listOf(cost, p gt 0.5),
        mapOf(w to w - 0.1 * grad(cost, w), b to b - 0.1 * grad(cost, b)))
    return ApiExample(train, wState, bState)
}
