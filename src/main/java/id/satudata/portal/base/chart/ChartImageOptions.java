package id.satudata.portal.base.chart;

import java.util.Locale;

/**
 * How a chart image is drawn: its size in logical pixels, the scale of the bitmap (2 for
 * print), the language of its numbers and the text shown when there is nothing to draw.
 */
public record ChartImageOptions(int width, int height, double scale, Locale locale, String emptyText) {

    public ChartImageOptions {
        if (width < 120 || height < 80 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("Chart size out of range: " + width + "x" + height);
        }
        if (scale < 0.5 || scale > 4) {
            throw new IllegalArgumentException("Chart scale out of range: " + scale);
        }
    }

    /** 640 x 360 logical pixels at twice the resolution: sharp on an A4 page. */
    public static ChartImageOptions print(Locale locale, String emptyText) {
        return new ChartImageOptions(640, 360, 2, locale, emptyText);
    }

    public ChartImageOptions withSize(int newWidth, int newHeight) {
        return new ChartImageOptions(newWidth, newHeight, scale, locale, emptyText);
    }

    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

}
