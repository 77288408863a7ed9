package id.satudata.portal.base.chart;

import java.awt.Color;
import java.util.List;

/**
 * Draws horizontal bars (BAR): categories down the left, first at the top, so long names
 * (OPD, kabupaten/kota) stay readable; the value axis along the bottom.
 */
final class BarPainter extends CartesianPainter {

    BarPainter(ChartSpec spec, CartesianData data, ChartNumbers numbers, Canvas canvas) {
        super(spec, data, numbers, canvas);
    }

    @Override
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
        double valueRoom = data.labelValues() ? widestValueLabel(rough) + 8 : 0;
        NiceScale scale = data.scale(area.right() - left - valueRoom, 80);
        List<String> ticks = tickLabels(scale);
        double lastTickHalf = canvas.textWidth(ticks.getLast(), LABEL, false) / 2;
        double right = area.right() - Math.max(valueRoom, lastTickHalf + 2);
        PlotArea plot = new PlotArea(left, area.y(), right - left, bottom - area.y());
        drawGrid(plot, scale, ticks);
        labels.drawBeside(canvas, plot, LINE_HEIGHT);
        drawBars(plot, scale, plot.y(), plot.height());
        drawZeroLine(plot, scale);
    }

    @Override
    double position(double value, PlotArea plot, NiceScale scale) {
        return plot.x() + scale.fraction(value) * plot.width();
    }

    @Override
    void lineAcross(PlotArea plot, double x, Color color) {
        canvas.line(x, plot.y(), x, plot.bottom(), color, 1);
    }

    @Override
    void tickLabel(String label, PlotArea plot, double x) {
        canvas.text(label, x, plot.bottom() + LABEL + 4, LABEL, false, ChartPalette.AXIS_TEXT, Canvas.Align.MIDDLE);
    }

    /**
     * Whenever values are labelled at all: the layout keeps room for them on the right.
     */
    @Override
    boolean labelsFit(NiceScale scale, double band, double[] geometry) {
        return data.labelValues();
    }

    @Override
    void bar(double y, double thickness, double x, double zero, Color color) {
        canvas.fillRect(Math.min(x, zero), y, Math.abs(x - zero), thickness, color);
    }

    @Override
    void valueLabel(String label, double value, double y, double thickness, double x) {
        boolean positive = value >= 0;
        canvas.text(label, positive ? x + 4 : x - 4, y + thickness / 2 + 3.5, LABEL - 1, false, ChartPalette.TEXT,
                positive ? Canvas.Align.START : Canvas.Align.END);
    }

}
