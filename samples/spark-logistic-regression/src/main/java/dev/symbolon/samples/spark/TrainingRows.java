package dev.symbolon.samples.spark;

import dev.symbolon.samples.logistic.data.Examples;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Examples as a Spark Dataset: a column {@value #FEATURES} of {@code array<double>} and a column
 * {@value #LABEL}, in a given number of partitions. The sample holds its data on the driver, which
 * is small enough here; a job on a cluster would read its rows from storage with {@code spark.read}.
 */
final class TrainingRows {
    static final String FEATURES = "features";
    static final String LABEL = "label";
    static final StructType SCHEMA = new StructType()
            .add(FEATURES, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add(LABEL, DataTypes.DoubleType, false);

    private TrainingRows() {
    }

    static Dataset<Row> of(SparkSession spark, Examples examples, int partitions) {
        List<Row> rows = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            rows.add(RowFactory.create(examples.features()[i], examples.labels()[i]));
        }
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }
}
