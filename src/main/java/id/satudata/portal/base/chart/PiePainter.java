package id.satudata.portal.base.chart;

import java.util.List;

/**
 * Draws a pie: slices clockwise from twelve o'clock with their share written inside, and
 * beside it a legend giving each slice's name, value and share.
 */
final class PiePainter {

    private static final double LABEL = 11;

    private final ChartSpec spec;

    private final ChartNumbers numbers;

    private final Canvas canvas;

    PiePainter(ChartSpec spec, ChartNumbers numbers, Canvas canvas) {
        this.spec = spec;
        this.numbers = numbers;
        this.canvas = canvas;
    }

    /** Whether there is anything to draw: a positive total. */
    static boolean hasSlices(ChartSpec spec) {
        return !spec.series().isEmpty() && total(spec.series().getFirst()) > 0;
    }

    void paint(PlotArea area) {
        ChartSeries series = spec.series().getFirst();
        double total = total(series);
        double legendWidth = Math.min(area.width() * 0.45, 280);
        double pieWidth = area.width() - legendWidth;
        double radius = Math.max(10, Math.min(pieWidth / 2, area.height() / 2) - 8);
        double cx = area.x() + pieWidth / 2;
        double cy = area.centreY();
        double angle = 0;
        for (int i = 0; i < spec.categories().size(); i++) {
            double value = positive(series, i);
            if (value <= 0) {
                continue;
            }
            double sweep = 360 * value / total;
            canvas.wedge(cx, cy, radius, angle, sweep, ChartPalette.series(i));
            if (sweep >= 20) {
                double middle = Math.toRadians(angle + sweep / 2);
                canvas.text(numbers.percent(value / total), cx + radius * 0.64 * Math.sin(middle),
                        cy - radius * 0.64 * Math.cos(middle) + 4, LABEL, true, ChartPalette.BACKGROUND,
                        Canvas.Align.MIDDLE);
            }
            angle += sweep;
        }
        drawLegend(new PlotArea(area.x() + pieWidth + 8, area.y(), legendWidth - 8, area.height()), series, total);
    }

    private void drawLegend(PlotArea legend, ChartSeries series, double total) {
        List<String> names = spec.categories();
        boolean twoLines = names.size() * 34 <= legend.height();
        double row = twoLines ? 34 : 17;
        int shown = (int) Math.min(names.size(), Math.floor(legend.height() / row));
        double y = legend.centreY() - shown * row / 2;
        String unit = spec.unit() == null ? "" : " " + spec.unit();
        for (int i = 0; i < shown; i++) {
            Double value = CartesianData.valueAt(series, i);
            String figure = value == null ? "\u2013"
                    : numbers.value(value) + unit + " (" + numbers.percent(Math.max(0, value) / total) + ")";
            canvas.fillRect(legend.x(), y + 4, 12, 9, ChartPalette.series(i));
            double textX = legend.x() + 17;
            double textWidth = legend.width() - 17;
            if (twoLines) {
                canvas.text(TextMetrics.fit(names.get(i), textWidth, LABEL, false), textX, y + 13, LABEL, false,
                        ChartPalette.TEXT, Canvas.Align.START);
                canvas.text(TextMetrics.fit(figure, textWidth, LABEL - 1, false), textX, y + 27, LABEL - 1, false,
                        ChartPalette.AXIS_TEXT, Canvas.Align.START);
            }
            else {
                canvas.text(TextMetrics.fit(names.get(i) + ": " + figure, textWidth, LABEL - 1, false), textX, y + 12,
                        LABEL - 1, false, ChartPalette.TEXT, Canvas.Align.START);
            }
            y += row;
        }
    }

    private static double total(ChartSeries series) {
        double total = 0;
        for (int i = 0; i < series.values().size(); i++) {
            total += positive(series, i);
        }
        return total;
    }

    /** A slice's value; missing and negative values draw no slice. */
    private static double positive(ChartSeries series, int index) {
        Double value = CartesianData.valueAt(series, index);
        return value == null ? 0 : Math.max(0, value);
    }

}
