package id.satudata.portal.base.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Category names fitted to the room the axis gives them: wrapped to two lines where there
 * is height, shortened with an ellipsis where not, and only every k-th one when they are
 * too dense to read.
 */
final class CategoryLabels {

    private final List<List<String>> wrapped;

    private final int step;

    private final double size;

    private CategoryLabels(List<List<String>> wrapped, int step, double size) {
        this.wrapped = wrapped;
        this.step = step;
        this.size = size;
    }

    /** Labels under the columns of a vertical chart, {@code slot} wide each. */
    static CategoryLabels under(List<String> categories, double slot, double size) {
        if (slot >= 36) {
            return wrapAll(categories, slot - 2, 2, 1, size);
        }
        int step = (int) Math.ceil(60 / slot);
        return wrapAll(categories, step * slot - 6, 1, step, size);
    }

    /** Labels beside the bars of a horizontal chart, at most {@code maxWidth} wide. */
    static CategoryLabels beside(List<String> categories, double maxWidth, double band, double size) {
        int step = band < size + 2 ? (int) Math.ceil((size + 2) / band) : 1;
        return wrapAll(categories, maxWidth, band >= 2 * size + 8 ? 2 : 1, step, size);
    }

    private static CategoryLabels wrapAll(List<String> categories, double width, int maxLines, int step, double size) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            wrapped.add(i % step == 0 ? TextMetrics.wrap(categories.get(i), width, size, false, maxLines) : List.of());
        }
        return new CategoryLabels(wrapped, step, size);
    }

    /** Lines the tallest label needs. */
    int lines() {
        return wrapped.stream().mapToInt(List::size).max().orElse(1);
    }

    /** Width of the widest line. */
    double width() {
        return wrapped.stream()
            .flatMap(List::stream)
            .mapToDouble(line -> TextMetrics.width(line, size, false))
            .max()
            .orElse(0);
    }

    void drawUnder(Canvas canvas, PlotArea plot, double firstBaseline, double lineHeight) {
        double slot = plot.width() / wrapped.size();
        for (int i = 0; i < wrapped.size(); i += step) {
            double x = plot.x() + slot * (i + 0.5);
            List<String> lines = wrapped.get(i);
            for (int l = 0; l < lines.size(); l++) {
                canvas.text(lines.get(l), x, firstBaseline + l * lineHeight, size, false, ChartPalette.AXIS_TEXT,
                        Canvas.Align.MIDDLE);
            }
        }
    }

    void drawBeside(Canvas canvas, PlotArea plot, double lineHeight) {
        double band = plot.height() / wrapped.size();
        for (int i = 0; i < wrapped.size(); i += step) {
            List<String> lines = wrapped.get(i);
            double centre = plot.y() + band * (i + 0.5);
            double first = centre - (lines.size() - 1) * lineHeight / 2 + size * 0.35;
            for (int l = 0; l < lines.size(); l++) {
                canvas.text(lines.get(l), plot.x() - 8, first + l * lineHeight, size, false, ChartPalette.AXIS_TEXT,
                        Canvas.Align.END);
            }
        }
    }

}
