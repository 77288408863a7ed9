package id.satudata.portal.base.chart;

import java.awt.Color;

/**
 * The few drawing operations the chart painters need, in logical pixels with y pointing
 * down; implemented for bitmaps (Java2D) and for SVG so both show the same chart.
 */
interface Canvas {

    /** Where a text is anchored horizontally. */
    enum Align {

        START, MIDDLE, END

    }

    void fillRect(double x, double y, double width, double height, Color color);

    void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth);

    void polyline(double[] xs, double[] ys, Color color, double strokeWidth);

    void fillPolygon(double[] xs, double[] ys, Color color);

    void circle(double cx, double cy, double radius, Color fill, Color stroke, double strokeWidth);

    /**
     * A pie slice; angles in degrees, clockwise from twelve o'clock, with a white edge.
     */
    void wedge(double cx, double cy, double radius, double startDegrees, double sweepDegrees, Color fill);

    /** Text with its baseline at {@code y}. */
    void text(String text, double x, double y, double size, boolean bold, Color color, Align align);

    /** Width of a text as {@link #text} would draw it. */
    double textWidth(String text, double size, boolean bold);

}
