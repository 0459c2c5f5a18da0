package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostPlotTest {
    @Test
    void writesAPngOfTheChartsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cost.png");
        CostPlot.save(file, "costs", new double[] {0.7, 0.4, 0.3}, new double[] {0.72, 0.45, 0.36});
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO decodes the file");
        assertEquals(CostPlot.WIDTH, image.getWidth());
        assertEquals(CostPlot.HEIGHT, image.getHeight());
    }
}
