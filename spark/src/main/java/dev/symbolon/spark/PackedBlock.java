package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows of one partition packed once into the model's arrays, row-major: column {@code j} holds
 * {@code rows * widths[j]} numbers. The block is what the trainer persists, so that each step reads
 * arrays instead of rows.
 */
final class PackedBlock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int partition;
    private final int rows;
    private final List<DataInput> inputs;
    private final double[][] columns;
    private final int[] widths;
    private transient NDArray[] arrays;

    PackedBlock(int partition, int rows, List<DataInput> inputs, double[][] columns, int[] widths) {
        this.partition = partition;
        this.rows = rows;
        this.inputs = List.copyOf(inputs);
        this.columns = columns;
        this.widths = widths;
    }

    int partition() {
        return partition;
    }

    int rows() {
        return rows;
    }

    /** The model's data arguments, converted to their dtypes on first use and kept. */
    NDArray[] arrays() {
        if (arrays == null) {
            NDArray[] made = new NDArray[columns.length];
            for (int j = 0; j < columns.length; j++) {
                DataInput input = inputs.get(j);
                NDArray packed = input.rank() == 1
                        ? NDArray.wrap(columns[j], rows)
                        : NDArray.wrap(columns[j], rows, widths[j]);
                made[j] = packed.dtype() == input.dtype() ? packed : packed.astype(input.dtype());
            }
            arrays = made;
        }
        return arrays;
    }

    /**
     * The rows that a draw keeps, each with probability {@code fraction}, independently: a generator
     * seeded by {@code seed} (the trainer mixes its seed, the step and this block's partition into it)
     * visits the rows in order, so the same seed keeps the same rows on any attempt of the task.
     */
    PackedBlock sample(double fraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] kept = new int[rows];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            if (random.nextDouble() < fraction) {
                kept[count++] = i;
            }
        }
        double[][] picked = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            int width = widths[j];
            picked[j] = new double[count * width];
            for (int i = 0; i < count; i++) {
                System.arraycopy(columns[j], kept[i] * width, picked[j], i * width, width);
            }
        }
        return new PackedBlock(partition, count, inputs, picked, widths.clone());
    }
}
