package id.satudata.portal.base.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ChartSpec} on the server, as PNG or SVG, for documents (the step-12
 * report, SOP sheets): title, value axis with nice ticks and gridlines, legend, the
 * ECharts colours, numbers in the reader's language. Stateless and thread-safe.
 */
@org.springframework.stereotype.Component
public class ChartImageRenderer {

    private static final double PAD = 12;

    private static final double TITLE = 15;

    /**
     * The chart as an RGB bitmap of {@code options.pixelWidth()} x {@code pixelHeight()}.
     */
    public BufferedImage image(ChartSpec spec, ChartImageOptions options) {
        Java2DCanvas canvas = new Java2DCanvas(options.width(), options.height(), options.scale());
        paint(spec, options, canvas);
        return canvas.finish();
    }

    /** The chart as a PNG file. */
    public byte[] png(ChartSpec spec, ChartImageOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image(spec, options), "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not encode the chart " + spec.title(), e);
        }
        return out.toByteArray();
    }

    /** The chart as an SVG document (logical size, scale ignored). */
    public String svg(ChartSpec spec, ChartImageOptions options) {
        SvgCanvas canvas = new SvgCanvas(options.width(), options.height(), spec.title());
        paint(spec, options, canvas);
        return canvas.finish();
    }

    void paint(ChartSpec spec, ChartImageOptions options, Canvas canvas) {
        double width = options.width();
        double top = PAD;
        if (!spec.title().isBlank()) {
            List<String> lines = TextMetrics.wrap(spec.title(), width - 2 * PAD, TITLE, true, 2);
            for (String line : lines) {
                top += TITLE;
                canvas.text(line, width / 2, top, TITLE, true, ChartPalette.TEXT, Canvas.Align.MIDDLE);
                top += 4;
            }
            top += 8;
        }
        double bottom = options.height() - PAD;
        boolean pie = spec.type() == ChartType.PIE;
        if (!pie && spec.series().size() > 1) {
            ChartLegend legend = new ChartLegend(spec.series().stream().map(ChartSeries::name).toList(),
                    width - 2 * PAD);
            bottom -= legend.height();
            legend.draw(canvas, width / 2, bottom + 4);
            bottom -= 6;
        }
        PlotArea area = new PlotArea(PAD, top, width - 2 * PAD, bottom - top);
        ChartNumbers numbers = new ChartNumbers(options.locale());
        CartesianData data = CartesianData.of(spec);
        if (spec.isEmpty() || !data.hasValues() || (pie && !PiePainter.hasSlices(spec))) {
            canvas.text(options.emptyText(), area.centreX(), area.centreY(), 12, false, ChartPalette.AXIS_TEXT,
                    Canvas.Align.MIDDLE);
            return;
        }
        switch (spec.type()) {
            case PIE -> new PiePainter(spec, numbers, canvas).paint(area);
            case BAR -> new BarPainter(spec, data, numbers, canvas).paint(area);
            case COLUMN, LINE, AREA -> new ColumnPainter(spec, data, numbers, canvas).paint(area);
        }
    }

}
