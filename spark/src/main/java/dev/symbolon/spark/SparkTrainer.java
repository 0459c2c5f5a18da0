package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Synchronous data-parallel gradient descent on Spark: each step broadcasts the model's state, every
 * partition computes the cost and gradient of its rows with its own copy of the model, the partitions'
 * sums are combined by {@code treeAggregate}, and the driver moves the parameters:
 * {@code p - learningRate * gradient}. A full-batch step is therefore the step that the model takes
 * on one machine with all the rows (to rounding: the partitions' sums are added in another order).
 *
 * <p>Each partition's rows are packed once into the model's arrays and persisted, when the first step
 * runs, so steps read arrays rather than rows. A task that fails is run again by Spark and computes
 * the same thing: its rows, its draw and its state depend only on the step. A task that fails more
 * often than Spark retries it fails the step with Spark's {@code SparkException} (thrown though
 * undeclared, as from any action of Spark's Java API), naming the model's own exception (a
 * {@code ShapeException}, say); the parameters are then unchanged. {@link #close} releases the
 * packed rows.
 *
 * <pre>{@code
 * var model = new CompiledLogisticRegression();
 * model.w().setValue(initialWeights);
 * try (var trainer = SparkTrainer.start(SparkGradient.compiled(model, "cost", l2), rows, "features", "label")) {
 *     for (int step = 0; step < steps; step++) {
 *         double cost = trainer.step(learningRate);   // the cost before the step; model.w() has moved
 *     }
 * }
 * }</pre>
 */
public final class SparkTrainer implements AutoCloseable {
    private static final int TREE_DEPTH = 2;

    private final SparkGradient gradient;
    private final JavaSparkContext context;
    private final JavaRDD<PackedBlock> blocks;
    private long seed = new SecureRandom().nextLong();
    private long steps;
    private long lastStepRows;

    private SparkTrainer(SparkGradient gradient, JavaSparkContext context, JavaRDD<PackedBlock> blocks) {
        this.gradient = gradient;
        this.context = context;
        this.blocks = blocks;
    }

    /**
     * Prepares training on the columns of a Dataset, one per data input of the model in order: a
     * numeric column for a Vector input, an {@code array} column of numbers for a Matrix input. The
     * model's state is checked now, on the driver; no Spark job runs before the first step.
     *
     * @param gradient the model's gradient
     * @param data the training rows, partitioned as they will be trained on
     * @param columns the columns feeding the model's data inputs, in order
     * @return the trainer, to be closed after training
     * @throws IllegalArgumentException if the number of columns is not the number of data inputs, or a
     *     column does not exist
     * @throws IllegalStateException if a shared variable of the model has no value, naming it and saying
     *     to call {@code setValue}
     */
    public static SparkTrainer start(SparkGradient gradient, Dataset<Row> data, String... columns) {
        Objects.requireNonNull(gradient, "gradient is null");
        Objects.requireNonNull(data, "data is null");
        List<DataInput> inputs = gradient.inputs();
        if (columns.length != inputs.size()) {
            throw new IllegalArgumentException(gradient + " takes " + inputs.size() + " data inputs "
                    + describe(inputs) + ", but " + columns.length + " columns were named "
                    + Arrays.toString(columns) + "; name one column per data input, in order");
        }
        List<String> known = Arrays.asList(data.columns());
        for (String column : columns) {
            if (!known.contains(column)) {
                throw new IllegalArgumentException("the data has no column '" + column + "'; its columns are " + known);
            }
        }
        Column[] selected = Arrays.stream(columns).map(data::col).toArray(Column[]::new);
        JavaRDD<Row> rows = data.select(selected).javaRDD();
        return start(gradient, rows, Arrays.stream(columns).map(c -> "column '" + c + "'").toList());
    }

    /**
     * Prepares training on rows whose fields, in order, feed the model's data inputs: a number for a
     * Vector input, an array of numbers ({@code double[]}, {@code float[]}, {@code int[]}, {@code long[]}
     * or a Spark SQL array) for a Matrix input, as {@code RowFactory.create(features, label)} makes.
     * The model's state is checked now, on the driver; no Spark job runs before the first step.
     *
     * @param gradient the model's gradient
     * @param rows the training rows, partitioned as they will be trained on
     * @return the trainer, to be closed after training
     * @throws IllegalStateException if a shared variable of the model has no value, naming it and saying
     *     to call {@code setValue}
     */
    public static SparkTrainer start(SparkGradient gradient, JavaRDD<Row> rows) {
        Objects.requireNonNull(gradient, "gradient is null");
        Objects.requireNonNull(rows, "rows is null");
        List<String> fields = IntStream.range(0, gradient.inputs().size()).mapToObj(i -> "field " + i).toList();
        return start(gradient, rows, fields);
    }

    private static SparkTrainer start(SparkGradient gradient, JavaRDD<Row> rows, List<String> fields) {
        gradient.readState();
        RowPacker packer = new RowPacker(gradient.inputs(), fields);
        JavaRDD<PackedBlock> blocks = rows
                .mapPartitionsWithIndex((index, it) -> List.of(packer.pack(index, it)).iterator(), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkTrainer(gradient, JavaSparkContext.fromSparkContext(rows.context()), blocks);
    }

    /**
     * One step of full-batch gradient descent on all the rows.
     *
     * @param learningRate the step size
     * @return the cost of all the rows before the step, as the model's cost method computes it
     * @throws IllegalStateException if a shared variable of the model has no value, or there are no rows
     */
    public double step(double learningRate) {
        return run(learningRate, 1.0);
    }

    /**
     * One step of mini-batch gradient descent: each partition keeps each of its rows with probability
     * {@code fraction}, drawn independently by a generator seeded from the trainer's seed, the step and
     * the partition, so the same seed draws the same batches on the same partitions (see {@link #seed}).
     * The cost and gradient are those of the batch, whose size varies around {@code fraction} of the rows.
     *
     * @param learningRate the step size
     * @param fraction the share of the rows in a batch, more than 0 and at most 1
     * @return the cost of the batch before the step
     * @throws IllegalArgumentException if {@code fraction} is not in (0, 1]
     * @throws IllegalStateException if a shared variable of the model has no value, or the batch is empty
     */
    public double miniBatchStep(double learningRate, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the batch fraction is " + fraction + "; take one in (0, 1]");
        }
        return run(learningRate, fraction);
    }

    /**
     * Seeds the batches' draws and the model's own random draws ({@code T.uniform}, ...): the steps after
     * this call draw as the steps after any other {@code seed} of the same value do, on the same
     * partitions. Unseeded, a trainer is seeded from a secure source.
     *
     * @param seed any value
     */
    public void seed(long seed) {
        this.seed = seed;
        this.steps = 0;
    }

    /** {@return the number of rows the last step computed on: all of them, or its batch} */
    public long lastStepRows() {
        return lastStepRows;
    }

    /** Releases the packed rows; the model keeps its trained parameters. */
    @Override
    public void close() {
        blocks.unpersist(false);
    }

    private double run(double learningRate, double fraction) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate is " + learningRate + "; take a positive number");
        }
        NDArray[] state = gradient.readState();
        Values[] shipped = Arrays.stream(state).map(Values::of).toArray(Values[]::new);
        Broadcast<StepState> broadcast = context.broadcast(new StepState(shipped, fraction, Seeds.mix(seed, steps++)));
        PartialSum sum;
        try {
            sum = blocks.treeAggregate(PartialSum.empty(), partition(gradient.recipe(), broadcast), PartialSum::plus,
                    TREE_DEPTH);
        } finally {
            broadcast.destroy();
        }
        lastStepRows = sum.rows();
        if (sum.rows() == 0) {
            throw new IllegalStateException(fraction < 1
                    ? "the step's batch is empty: no partition drew a row at fraction " + fraction + "; take a larger one"
                    : "the data has no rows");
        }
        List<NDArray> moved = new ArrayList<>();
        for (int i = 0; i < gradient.parameterCount(); i++) {
            moved.add(descend(state[i], sum.meanGradient(i), learningRate));
        }
        gradient.setParameters(moved.toArray(NDArray[]::new));
        return sum.meanCost();
    }

    /** What each partition adds: static, so that the closure holds the recipe and the broadcast only. */
    private static Function2<PartialSum, PackedBlock, PartialSum> partition(Recipe recipe,
                                                                           Broadcast<StepState> broadcast) {
        return (sum, block) -> {
            StepState step = broadcast.value();
            long partitionSeed = step.seedOf(block.partition());
            PackedBlock rows = step.fraction() < 1 ? block.sample(step.fraction(), partitionSeed) : block;
            if (rows.rows() == 0) {
                return sum;
            }
            return sum.add(Evaluators.compute(recipe, step.arrays(), partitionSeed, rows.arrays()), rows.rows());
        };
    }

    private static NDArray descend(NDArray parameter, double[] gradient, double learningRate) {
        double[] p = parameter.toDoubleArray();
        for (int k = 0; k < p.length; k++) {
            p[k] -= gradient[k] * learningRate;
        }
        NDArray moved = NDArray.wrap(p, parameter.shape());
        return moved.dtype() == parameter.dtype() ? moved : moved.astype(parameter.dtype());
    }

    private static String describe(List<DataInput> inputs) {
        return inputs.stream().map(DataInput::describe).toList().toString();
    }
}
