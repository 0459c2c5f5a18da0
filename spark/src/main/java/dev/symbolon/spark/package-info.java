/**
 * Training Symbolon models on Apache Spark: {@link dev.symbolon.spark.SparkGradient} names a model's
 * gradient, {@link dev.symbolon.spark.SparkTrainer} runs synchronous data-parallel gradient descent
 * with it on a Dataset or an RDD of rows.
 */
@NullMarked
package dev.symbolon.spark;

import org.jspecify.annotations.NullMarked;
