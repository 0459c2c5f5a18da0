package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.CompiledFunction
import dev.symbolon.T.*
import dev.symbolon.kotlin.*
import dev.symbolon.runtime.NDArray
import dev.symbolon.runtime.SharedVariable

/**
 * Logistic regression with an L2 penalty, trained by gradient descent: the model of the Java sample
 * (`samples/kotlin/model`'s Classifier) built in Kotlin at run time instead of compiled by javac.
 */
class LogisticRegression(initialWeights: DoubleArray) {
    val w: SharedVariable = SharedVariable.of("w", NDArray.of(initialWeights))
    val b: SharedVariable = SharedVariable.of("b", 0.0)

    private val trainFunction: CompiledFunction
    private val costGradFunction: CompiledFunction
    private val predictFunction: CompiledFunction

    init {
        val x = matrix("x")
        val y = vector("y")
        val learningRate = scalar("learningRate")
        val l2 = scalar("l2")
        val w = this.w.vector()
        val b = this.b.scalar()
        val p = sigmoid((x dot w) + b)
        val cost = mean(binaryCrossentropy(p, y)) + sum(w * w) * l2
        trainFunction = function(listOf(x, y, learningRate, l2), listOf(cost),
            mapOf(w to w - grad(cost, w) * learningRate, b to b - grad(cost, b) * learningRate))
        costGradFunction = function(listOf(x, y, l2), listOf(cost, grad(cost, w), grad(cost, b)))
        predictFunction = function(listOf(x), listOf(p))
    }

    /** One step of gradient descent; the cost before it. */
    fun train(x: Array<DoubleArray>, y: DoubleArray, learningRate: Double, l2: Double): Double =
        trainFunction.call(x, y, learningRate, l2)[0].getDouble()

    /** The cost and its gradients with respect to the weights and the bias, at the current state. */
    fun costGrad(x: Array<DoubleArray>, y: DoubleArray, l2: Double): CostGrad {
        val (cost, dw, db) = costGradFunction.call(x, y, l2)
        return CostGrad(cost.getDouble(), dw.toDoubleArray(), db.getDouble())
    }

    /** The probability of the positive class for each row of [x]. */
    fun predict(x: Array<DoubleArray>): DoubleArray = predictFunction.call(x)[0].toDoubleArray()

    class CostGrad(val cost: Double, val w: DoubleArray, val b: Double)
}
