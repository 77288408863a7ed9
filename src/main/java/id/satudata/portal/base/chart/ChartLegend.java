package id.satudata.portal.base.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A legend of coloured marks and series names, centred in rows under the plot. */
final class ChartLegend {

    static final double SIZE = 11;

    private static final double MARK = 12;

    private static final double ROW = 20;

    private static final double GAP = 18;

    private final List<List<Integer>> rows = new ArrayList<>();

    private final List<String> labels = new ArrayList<>();

    ChartLegend(List<String> names, double maxWidth) {
        double itemMax = Math.max(60, maxWidth * 0.45);
        List<Integer> row = new ArrayList<>();
        double rowWidth = 0;
        for (int i = 0; i < names.size(); i++) {
            String label = TextMetrics.fit(names.get(i), itemMax, SIZE, false);
            labels.add(label);
            double itemWidth = itemWidth(label);
            if (!row.isEmpty() && rowWidth + itemWidth > maxWidth) {
                rows.add(row);
                row = new ArrayList<>();
                rowWidth = 0;
            }
            row.add(i);
            rowWidth += itemWidth + GAP;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    double height() {
        return rows.size() * ROW;
    }

    void draw(Canvas canvas, double centreX, double top) {
        double y = top;
        for (List<Integer> row : rows) {
            double total = row.stream().mapToDouble(i -> itemWidth(labels.get(i))).sum() + GAP * (row.size() - 1);
            double x = centreX - total / 2;
            for (int i : row) {
                Color colour = ChartPalette.series(i);
                canvas.fillRect(x, y + 4, MARK, MARK - 3, colour);
                canvas.text(labels.get(i), x + MARK + 5, y + 13, SIZE, false, ChartPalette.TEXT, Canvas.Align.START);
                x += itemWidth(labels.get(i)) + GAP;
            }
            y += ROW;
        }
    }

    private static double itemWidth(String label) {
        return MARK + 5 + TextMetrics.width(label, SIZE, false);
    }

}
