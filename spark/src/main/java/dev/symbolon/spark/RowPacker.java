package dev.symbolon.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Packs a partition's rows into a {@link PackedBlock}: field {@code j} of each row feeds data input
 * {@code j}, a number for a Vector input, an array ({@code double[]}, {@code float[]}, {@code int[]},
 * {@code long[]}, or Spark SQL's {@code array<...>} of numbers) for a Matrix input.
 */
final class RowPacker implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<DataInput> inputs;
    private final List<String> fields;

    /**
     * @param fields each row field as messages name it: {@code column 'features'}, or {@code field 0}
     */
    RowPacker(List<DataInput> inputs, List<String> fields) {
        this.inputs = List.copyOf(inputs);
        this.fields = List.copyOf(fields);
    }

    PackedBlock pack(int partition, Iterator<Row> rows) {
        int n = inputs.size();
        Column[] columns = new Column[n];
        for (int j = 0; j < n; j++) {
            columns[j] = new Column();
        }
        int count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.size() != n) {
                throw new IllegalArgumentException("a row of partition " + partition + " has " + row.size()
                        + " fields, but the model takes " + n + " data inputs " + describeInputs()
                        + ": give one field per data input, in order");
            }
            for (int j = 0; j < n; j++) {
                columns[j].add(value(row, j, partition, count), count);
            }
            count++;
        }
        double[][] data = new double[n][];
        int[] widths = new int[n];
        for (int j = 0; j < n; j++) {
            data[j] = columns[j].trimmed();
            widths[j] = inputs.get(j).rank() == 1 ? 1 : Math.max(columns[j].width, 0);
        }
        return new PackedBlock(partition, count, inputs, data, widths);
    }

    /** Field {@code j} of {@code row}: a {@code Double} for a Vector input, a {@code double[]} for a Matrix input. */
    private Object value(Row row, int j, int partition, int index) {
        Object value = row.get(j);
        String where = fields.get(j) + " of row " + index + " of partition " + partition;
        if (value == null) {
            throw new IllegalArgumentException(where + " is null; data input " + inputs.get(j).describe()
                    + " needs a value in every row (drop or fill the missing ones first)");
        }
        double[] array = array(row, j, value);
        boolean vector = inputs.get(j).rank() == 1;
        if (vector && value instanceof Number number) {
            return number.doubleValue();
        }
        if (!vector && array != null) {
            return array;
        }
        throw new IllegalArgumentException(where + " is a " + value.getClass().getSimpleName() + ", but data input "
                + inputs.get(j).describe() + " takes " + (vector ? "a number" : "an array of numbers (for a Spark ML "
                + "vector column, convert it with functions.vector_to_array)"));
    }

    private static double[] array(Row row, int j, Object value) {
        if (value instanceof double[] d) {
            return d;
        }
        if (value instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (value instanceof int[] a) {
            return Arrays.stream(a).asDoubleStream().toArray();
        }
        if (value instanceof long[] a) {
            return Arrays.stream(a).asDoubleStream().toArray();
        }
        if (value instanceof scala.collection.Seq<?> || value instanceof List<?>) {
            List<Object> list = row.getList(j);
            double[] d = new double[list.size()];
            for (int i = 0; i < d.length; i++) {
                if (!(list.get(i) instanceof Number number)) {
                    return null;
                }
                d[i] = number.doubleValue();
            }
            return d;
        }
        return null;
    }

    private String describeInputs() {
        return inputs.stream().map(DataInput::describe).toList().toString();
    }

    /** One input's numbers, row after row; every row of a Matrix input has the first row's length. */
    private final class Column {
        private double[] data = new double[64];
        private int size;
        private int width = -1;

        void add(Object value, int row) {
            if (value instanceof Double number) {
                append(number);
                return;
            }
            double[] array = (double[]) value;
            if (width < 0) {
                width = array.length;
            } else if (array.length != width) {
                throw new IllegalArgumentException("row " + row + " has " + array.length + " numbers in a field where "
                        + "the partition's first row has " + width + "; a Matrix input needs rows of one length");
            }
            for (double x : array) {
                append(x);
            }
        }

        private void append(double x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x;
        }

        double[] trimmed() {
            return Arrays.copyOf(data, size);
        }
    }
}
