package id.satudata.portal.base.chart;

import java.awt.Color;
import java.util.Locale;

/** Writes the chart as an SVG document with the same layout as the bitmap. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(width)
            .append("\" height=\"")
            .append(height)
            .append("\" viewBox=\"0 0 ")
            .append(width)
            .append(' ')
            .append(height)
            .append("\" role=\"img\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        fillRect(0, 0, width, height, ChartPalette.BACKGROUND);
    }

    String finish() {
        return svg + "</svg>";
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color color) {
        svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"%s/>".formatted(n(x), n(y), n(width), n(height),
                fill(color)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth) {
        svg.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"%s/>".formatted(n(x1), n(y1), n(x2), n(y2),
                stroke(color, strokeWidth)));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double strokeWidth) {
        svg.append("<polyline points=\"")
            .append(points(xs, ys))
            .append("\" fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\"")
            .append(stroke(color, strokeWidth))
            .append("/>");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color color) {
        svg.append("<polygon points=\"").append(points(xs, ys)).append('"').append(fill(color)).append("/>");
    }

    @Override
    public void circle(double cx, double cy, double radius, Color fill, Color stroke, double strokeWidth) {
        svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"%s\"%s%s/>".formatted(n(cx), n(cy), n(radius), fill(fill),
                stroke(stroke, strokeWidth)));
    }

    @Override
    public void wedge(double cx, double cy, double radius, double startDegrees, double sweepDegrees, Color fill) {
        if (sweepDegrees >= 359.999) {
            circle(cx, cy, radius, fill, ChartPalette.BACKGROUND, 1.5);
            return;
        }
        double start = Math.toRadians(startDegrees);
        double end = Math.toRadians(startDegrees + sweepDegrees);
        String path = "M%s %s L%s %s A%s %s 0 %d 1 %s %s Z".formatted(n(cx), n(cy), n(cx + radius * Math.sin(start)),
                n(cy - radius * Math.cos(start)), n(radius), n(radius), sweepDegrees > 180 ? 1 : 0,
                n(cx + radius * Math.sin(end)), n(cy - radius * Math.cos(end)));
        svg.append("<path d=\"")
            .append(path)
            .append('"')
            .append(fill(fill))
            .append(stroke(ChartPalette.BACKGROUND, 1.5))
            .append("/>");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
        String anchor = switch (align) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        svg.append("<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"%s\"%s%s>".formatted(n(x), n(y), n(size),
                anchor, bold ? " font-weight=\"bold\"" : "", fill(color)))
            .append(escape(text))
            .append("</text>");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return TextMetrics.width(text, size, bold);
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return points.toString();
    }

    private static String fill(Color color) {
        String attribute = " fill=\"" + hex(color) + "\"";
        return color.getAlpha() == 255 ? attribute
                : attribute + " fill-opacity=\"" + n(color.getAlpha() / 255.0) + "\"";
    }

    private static String stroke(Color color, double width) {
        return " stroke=\"" + hex(color) + "\" stroke-width=\"" + n(width) + "\"";
    }

    private static String hex(Color color) {
        return "#%02x%02x%02x".formatted(color.getRed(), color.getGreen(), color.getBlue());
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
