package id.satudata.portal.base.chart;

import java.awt.Color;
import java.util.List;

/**
 * What the bar and column painters share: the value axis (tick labels, a gridline at each
 * tick, the zero line) and the bars of the series side by side in each category's band. A
 * subclass lays the chart out and says which way the value axis runs.
 */
abstract sealed class CartesianPainter permits BarPainter, ColumnPainter {

    static final double LABEL = 11;

    static final double LINE_HEIGHT = 13;

    final ChartSpec spec;

    final CartesianData data;

    final ChartNumbers numbers;

    final Canvas canvas;

    CartesianPainter(ChartSpec spec, CartesianData data, ChartNumbers numbers, Canvas canvas) {
        this.spec = spec;
        this.data = data;
        this.numbers = numbers;
        this.canvas = canvas;
    }

    abstract void paint(PlotArea area);

    /** Where a value lies along the value axis of the plot. */
    abstract double position(double value, PlotArea plot, NiceScale scale);

    /** A line across the whole plot at a position on the value axis. */
    abstract void lineAcross(PlotArea plot, double position, Color color);

    abstract void tickLabel(String label, PlotArea plot, double position);

    /**
     * Whether the values are written on the bars, given the category band and the
     * {@link CartesianData#barGeometry bar geometry}.
     */
    abstract boolean labelsFit(NiceScale scale, double band, double[] geometry);

    /**
     * One bar: {@code from} and {@code thickness} along the category axis, from
     * {@code zero} to {@code position} along the value axis.
     */
    abstract void bar(double from, double thickness, double position, double zero, Color color);

    abstract void valueLabel(String label, double value, double from, double thickness, double position);

    List<String> tickLabels(NiceScale scale) {
        return scale.ticks().stream().map(t -> numbers.tick(t, scale)).toList();
    }

    double widestValueLabel(NiceScale scale) {
        return spec.series()
            .stream()
            .flatMap(s -> s.values().stream())
            .filter(v -> v != null && Double.isFinite(v))
            .mapToDouble(v -> canvas.textWidth(numbers.label(v, scale), LABEL - 1, false))
            .max()
            .orElse(0);
    }

    void drawGrid(PlotArea plot, NiceScale scale, List<String> labels) {
        List<Double> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            double at = position(ticks.get(i), plot, scale);
            lineAcross(plot, at, ChartPalette.GRID);
            tickLabel(labels.get(i), plot, at);
        }
    }

    void drawZeroLine(PlotArea plot, NiceScale scale) {
        lineAcross(plot, position(0, plot, scale), ChartPalette.AXIS_LINE);
    }

    /**
     * The bars of all series, grouped by category along the category axis, which starts
     * at {@code categoryStart} and is {@code categoryLength} long.
     */
    void drawBars(PlotArea plot, NiceScale scale, double categoryStart, double categoryLength) {
        int n = spec.categories().size();
        double band = categoryLength / n;
        double[] geometry = CartesianData.barGeometry(band, spec.series().size());
        double group = geometry[1] * (spec.series().size() - 1) + geometry[0];
        double zero = position(0, plot, scale);
        boolean labelled = labelsFit(scale, band, geometry);
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSeries series = spec.series().get(s);
            for (int c = 0; c < n; c++) {
                Double value = CartesianData.valueAt(series, c);
                if (value == null) {
                    continue;
                }
                double from = categoryStart + band * c + (band - group) / 2 + s * geometry[1];
                double at = position(value, plot, scale);
                bar(from, geometry[0], at, zero, ChartPalette.series(s));
                if (labelled) {
                    valueLabel(numbers.label(value, scale), value, from, geometry[0], at);
                }
            }
        }
    }

}
