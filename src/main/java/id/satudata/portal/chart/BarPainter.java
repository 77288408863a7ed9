package id.satudata.portal.chart;

import java.util.List;

/**
 * Draws horizontal bars (BAR): categories down the left, first at the top, so long names
 * (OPD, kabupaten/kota) stay readable; the value axis along the bottom.
 */
final class BarPainter {

    private static final double LABEL = 11;

    private static final double LINE_HEIGHT = 13;

    private final ChartSpec spec;

    private final CartesianData data;

    private final ChartNumbers numbers;

    private final Canvas canvas;

    BarPainter(ChartSpec spec, CartesianData data, ChartNumbers numbers, Canvas canvas) {
        this.spec = spec;
        this.data = data;
        this.numbers = numbers;
        this.canvas = canvas;
    }

    void paint(PlotArea area) {
        double bottom = area.bottom() - LABEL - 6;
        if (spec.unit() != null) {
            canvas.text(spec.unit(), area.right(), area.bottom(), LABEL, false, ChartPalette.AXIS_TEXT,
                    Canvas.Align.END);
            bottom -= LABEL + 4;
        }
        int n = spec.categories().size();
        double band = (bottom - area.y()) / n;
        CategoryLabels labels = CategoryLabels.beside(spec.categories(), area.width() * 0.34, band, LABEL);
        double left = area.x() + labels.width() + 8;
        NiceScale rough = data.scale(area.right() - left, 80);
        double valueRoom = data.labelValues() ? valueLabelWidth(rough) + 8 : 0;
        NiceScale scale = data.scale(area.right() - left - valueRoom, 80);
        List<String> ticks = scale.ticks().stream().map(t -> numbers.tick(t, scale)).toList();
        double lastTickHalf = canvas.textWidth(ticks.getLast(), LABEL, false) / 2;
        double right = area.right() - Math.max(valueRoom, lastTickHalf + 2);
        PlotArea plot = new PlotArea(left, area.y(), right - left, bottom - area.y());
        drawGrid(plot, scale, ticks);
        labels.drawBeside(canvas, plot, LINE_HEIGHT);
        drawBars(plot, scale);
        double zero = xOf(0, plot, scale);
        canvas.line(zero, plot.y(), zero, plot.bottom(), ChartPalette.AXIS_LINE, 1);
    }

    private double valueLabelWidth(NiceScale scale) {
        return spec.series()
            .stream()
            .flatMap(s -> s.values().stream())
            .filter(v -> v != null && Double.isFinite(v))
            .mapToDouble(v -> canvas.textWidth(numbers.label(v, scale), LABEL - 1, false))
            .max()
            .orElse(0);
    }

    private void drawGrid(PlotArea plot, NiceScale scale, List<String> labels) {
        List<Double> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            double x = xOf(ticks.get(i), plot, scale);
            canvas.line(x, plot.y(), x, plot.bottom(), ChartPalette.GRID, 1);
            canvas.text(labels.get(i), x, plot.bottom() + LABEL + 4, LABEL, false, ChartPalette.AXIS_TEXT,
                    Canvas.Align.MIDDLE);
        }
    }

    private void drawBars(PlotArea plot, NiceScale scale) {
        int n = spec.categories().size();
        double band = plot.height() / n;
        double[] geometry = CartesianData.barGeometry(band, spec.series().size());
        double groupHeight = geometry[1] * (spec.series().size() - 1) + geometry[0];
        double zero = xOf(0, plot, scale);
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSeries series = spec.series().get(s);
            for (int c = 0; c < n; c++) {
                Double value = CartesianData.valueAt(series, c);
                if (value == null) {
                    continue;
                }
                double y = plot.y() + band * c + (band - groupHeight) / 2 + s * geometry[1];
                double x = xOf(value, plot, scale);
                canvas.fillRect(Math.min(x, zero), y, Math.abs(x - zero), geometry[0], ChartPalette.series(s));
                if (data.labelValues()) {
                    boolean positive = value >= 0;
                    canvas.text(numbers.label(value, scale), positive ? x + 4 : x - 4, y + geometry[0] / 2 + 3.5,
                            LABEL - 1, false, ChartPalette.TEXT, positive ? Canvas.Align.START : Canvas.Align.END);
                }
            }
        }
    }

    private static double xOf(double value, PlotArea plot, NiceScale scale) {
        return plot.x() + scale.fraction(value) * plot.width();
    }

}
