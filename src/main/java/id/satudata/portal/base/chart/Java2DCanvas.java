package id.satudata.portal.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws on an RGB bitmap, antialiased, scaled for print. */
final class Java2DCanvas implements Canvas {

    private final BufferedImage image;

    private final Graphics2D g;

    Java2DCanvas(int width, int height, double scale) {
        image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        g.setColor(ChartPalette.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color color) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double strokeWidth) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(xs, ys, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color color) {
        g.setColor(color);
        g.fill(path(xs, ys, true));
    }

    @Override
    public void circle(double cx, double cy, double radius, Color fill, Color stroke, double strokeWidth) {
        Ellipse2D.Double shape = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(shape);
    }

    @Override
    public void wedge(double cx, double cy, double radius, double startDegrees, double sweepDegrees, Color fill) {
        Arc2D.Double arc = new Arc2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius, 90 - startDegrees,
                -sweepDegrees, Arc2D.PIE);
        g.setColor(fill);
        g.fill(arc);
        g.setColor(ChartPalette.BACKGROUND);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(arc);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
        g.setFont(TextMetrics.font(size, bold));
        g.setColor(color);
        double width = TextMetrics.width(text, size, bold);
        double left = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return TextMetrics.width(text, size, bold);
    }

    private static Path2D path(double[] xs, double[] ys, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

}
