package id.satudata.portal.base.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the vertical charts (COLUMN, LINE, AREA): value axis on the left with gridlines,
 * categories along the bottom.
 */
final class ColumnPainter extends CartesianPainter {

    ColumnPainter(ChartSpec spec, CartesianData data, ChartNumbers numbers, Canvas canvas) {
        super(spec, data, numbers, canvas);
    }

    @Override
    void paint(PlotArea area) {
        double top = area.y();
        if (spec.unit() != null) {
            canvas.text(spec.unit(), area.x(), top + LABEL, LABEL, false, ChartPalette.AXIS_TEXT, Canvas.Align.START);
            top += LABEL + 10;
        }
        int n = spec.categories().size();
        double roughPlotWidth = area.width() - 56;
        double slot = roughPlotWidth / n;
        CategoryLabels labels = CategoryLabels.under(spec.categories(), slot, LABEL);
        double plotBottom = area.bottom() - labels.lines() * LINE_HEIGHT - 6;
        double valueLabelRoom = data.labelValues() ? LABEL + 4 : 4;
        NiceScale scale = data.scale(plotBottom - top - valueLabelRoom, 48);
        List<String> ticks = tickLabels(scale);
        double tickWidth = ticks.stream().mapToDouble(t -> canvas.textWidth(t, LABEL, false)).max().orElse(0);
        PlotArea plot = new PlotArea(area.x() + tickWidth + 8, top + valueLabelRoom,
                area.right() - area.x() - tickWidth - 8 - 4, plotBottom - top - valueLabelRoom);
        drawGrid(plot, scale, ticks);
        labels.drawUnder(canvas, plot, plotBottom + LINE_HEIGHT + 2, LINE_HEIGHT);
        if (spec.type() == ChartType.COLUMN) {
            drawBars(plot, scale, plot.x(), plot.width());
        }
        else {
            drawLines(plot, scale);
        }
        drawZeroLine(plot, scale);
    }

    @Override
    double position(double value, PlotArea plot, NiceScale scale) {
        return yOf(value, plot, scale);
    }

    @Override
    void lineAcross(PlotArea plot, double y, Color color) {
        canvas.line(plot.x(), y, plot.right(), y, color, 1);
    }

    @Override
    void tickLabel(String label, PlotArea plot, double y) {
        canvas.text(label, plot.x() - 8, y + 4, LABEL, false, ChartPalette.AXIS_TEXT, Canvas.Align.END);
    }

    /**
     * Only where the widest value fits above its column without running into the next.
     */
    @Override
    boolean labelsFit(NiceScale scale, double band, double[] geometry) {
        double room = spec.series().size() > 1 ? geometry[1] + geometry[0] * 0.3 : band - 4;
        return data.labelValues() && widestValueLabel(scale) <= room;
    }

    @Override
    void bar(double x, double thickness, double y, double zero, Color color) {
        canvas.fillRect(x, Math.min(y, zero), thickness, Math.abs(zero - y), color);
    }

    @Override
    void valueLabel(String label, double value, double x, double thickness, double y) {
        double labelY = value >= 0 ? y - 4 : y + LABEL + 2;
        canvas.text(label, x + thickness / 2, labelY, LABEL - 1, false, ChartPalette.TEXT, Canvas.Align.MIDDLE);
    }

    private void drawLines(PlotArea plot, NiceScale scale) {
        int n = spec.categories().size();
        double band = plot.width() / n;
        double zero = yOf(0, plot, scale);
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSeries series = spec.series().get(s);
            Color colour = ChartPalette.series(s);
            for (List<Integer> segment : segments(series)) {
                double[] xs = segment.stream().mapToDouble(c -> plot.x() + band * (c + 0.5)).toArray();
                double[] ys = segment.stream()
                    .mapToDouble(c -> yOf(CartesianData.valueAt(series, c), plot, scale))
                    .toArray();
                if (spec.type() == ChartType.AREA) {
                    fillArea(xs, ys, zero, colour);
                }
                if (xs.length > 1) {
                    canvas.polyline(xs, ys, colour, 2);
                }
                drawPoints(series, segment, xs, ys, colour, scale);
            }
        }
    }

    private void fillArea(double[] xs, double[] ys, double zero, Color colour) {
        int k = xs.length;
        double[] px = new double[k + 2];
        double[] py = new double[k + 2];
        System.arraycopy(xs, 0, px, 0, k);
        System.arraycopy(ys, 0, py, 0, k);
        px[k] = xs[k - 1];
        py[k] = zero;
        px[k + 1] = xs[0];
        py[k + 1] = zero;
        canvas.fillPolygon(px, py, ChartPalette.withAlpha(colour, 115));
    }

    private void drawPoints(ChartSeries series, List<Integer> segment, double[] xs, double[] ys, Color colour,
            NiceScale scale) {
        for (int i = 0; i < xs.length; i++) {
            if (spec.categories().size() <= 40 || xs.length == 1) {
                canvas.circle(xs[i], ys[i], 3, ChartPalette.BACKGROUND, colour, 1.5);
            }
            if (data.labelValues()) {
                canvas.text(numbers.label(CartesianData.valueAt(series, segment.get(i)), scale), xs[i], ys[i] - 7,
                        LABEL - 1, false, ChartPalette.TEXT, Canvas.Align.MIDDLE);
            }
        }
    }

    /** Runs of consecutive categories with a value; a missing value breaks the line. */
    private static List<List<Integer>> segments(ChartSeries series) {
        List<List<Integer>> segments = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int c = 0; c < series.values().size(); c++) {
            if (CartesianData.valueAt(series, c) == null) {
                if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
            }
            else {
                current.add(c);
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private static double yOf(double value, PlotArea plot, NiceScale scale) {
        return plot.bottom() - scale.fraction(value) * plot.height();
    }

}
