package dev.symbolon.samples.logistic;

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

/** The training and test cost per step (or epoch) as a line chart in a PNG file, drawn off screen. */
public final class CostPlot {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private CostPlot() {
    }

    /** The costs of steps 1, 2, ..., as the training loop recorded them. */
    public static void save(Path file, String title, double[] trainCosts, double[] testCosts) throws IOException {
        save(file, title, "step", "training cost", trainCosts, testCosts);
    }

    /**
     * The costs of the {@code unit}s 1, 2, ... (steps, epochs), the training curve under {@code trainName}.
     */
    public static void save(Path file, String title, String unit, String trainName, double[] trainCosts,
                            double[] testCosts) throws IOException {
        XYSeriesCollection curves = new XYSeriesCollection();
        curves.addSeries(series(trainName, trainCosts));
        curves.addSeries(series("test cost", testCosts));
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, unit, "cost", curves, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static XYSeries series(String name, double[] costs) {
        // Neither sorting nor a search for duplicates: the points arrive in order, once each.
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < costs.length; i++) {
            series.add(i + 1, costs[i], false);
        }
        return series;
    }
}
