package dev.symbolon.samples.spark;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.CompiledLogisticModel;
import dev.symbolon.samples.logistic.CompiledLogisticRegression;
import dev.symbolon.samples.logistic.data.Examples;
import dev.symbolon.spark.SparkGradient;
import dev.symbolon.spark.SparkTrainer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The logistic-regression sample's model with its training steps on Spark: a full-batch step of
 * {@code costGrad} over the partitions of the training rows, the weights moved on the driver. Costs
 * and predictions, which the sample's training loop takes on the driver, run the compiled model there.
 */
final class SparkModel extends CompiledLogisticModel<SparkModel.Data> implements AutoCloseable {
    /** Examples as the driver's arrays, and the examples themselves for the rows Spark trains on. */
    record Data(NDArray x, NDArray y, Examples examples) implements Arrays {
    }

    private final SparkSession spark;
    private final int partitions;
    private final Map<Data, SparkTrainer> trainers = new IdentityHashMap<>();
    private double trainersL2 = Double.NaN;

    /**
     * @param initialWeights the starting weights; the bias starts at 0
     * @param partitions how many partitions the training rows are split into
     */
    SparkModel(SparkSession spark, int partitions, double[] initialWeights) {
        super(new CompiledLogisticRegression());
        compiled.w().setValue(initialWeights);
        this.spark = spark;
        this.partitions = partitions;
    }

    @Override
    public Data load(Examples examples) {
        return new Data(NDArray.of(examples.features()), NDArray.of(examples.labels()), examples);
    }

    /** A step on Spark; the rows are put on Spark and packed by the first step, and kept for the next ones. */
    @Override
    public double train(Data data, double learningRate, double l2) {
        if (l2 != trainersL2) {
            close();
            trainersL2 = l2;
        }
        SparkTrainer trainer = trainers.computeIfAbsent(data, d -> SparkTrainer.start(
                SparkGradient.compiled(compiled, "cost", l2),
                TrainingRows.of(spark, d.examples(), partitions), TrainingRows.FEATURES, TrainingRows.LABEL));
        return trainer.step(learningRate);
    }

    @Override
    public String device() {
        return "Spark " + spark.sparkContext().master() + " (" + partitions + " partitions)";
    }

    /** Releases the packed rows of every training set. */
    @Override
    public void close() {
        trainers.values().forEach(SparkTrainer::close);
        trainers.clear();
    }
}
