package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.samples.logistic.data.Standardizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {
    @Test
    void writesTheBiasThenEachFeaturesNameWeightAndStandardization(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("weights.csv");
        Standardizer standardizer = Standardizer.fit(new double[][] {{1, 5}, {3, 5}});
        WeightsFile.write(file, List.of("mean radius", "texture"), new double[] {0.1 + 0.2, -2}, 0.5, standardizer);
        assertEquals(List.of(
                "term,weight,mean,std",
                "bias,0.5,,",
                "mean radius,0.30000000000000004,2.0,1.0",
                "texture,-2.0,5.0,0.0"), Files.readAllLines(file));
    }
}
