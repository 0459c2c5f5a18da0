package dev.symbolon.samples.lenet;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The training cost (with dropout) and the test cost per epoch as a line chart in a PNG file. */
public final class CostPlot {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private CostPlot() {
    }

    public static void save(Path file, String title, Trainer.Epoch[] epochs) throws IOException {
        XYSeries train = new XYSeries("training cost (with dropout)", false, true);
        XYSeries test = new XYSeries("test cost", false, true);
        for (Trainer.Epoch epoch : epochs) {
            train.add(epoch.number(), epoch.trainCost(), false);
            test.add(epoch.number(), epoch.testCost(), false);
        }
        XYSeriesCollection curves = new XYSeriesCollection();
        curves.addSeries(train);
        curves.addSeries(test);
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, "epoch", "cost", curves, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
