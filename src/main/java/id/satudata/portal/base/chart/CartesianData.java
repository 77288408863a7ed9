package id.satudata.portal.base.chart;

import java.util.List;
import java.util.Objects;

/** The value range of a chart's series and the scale drawn for it. */
record CartesianData(ChartSpec spec, double min, double max, boolean wholeNumbers, boolean hasValues) {

    /** Value labels are written on bars and points while there are this few of them. */
    private static final int MAX_LABELLED_VALUES = 24;

    static CartesianData of(ChartSpec spec) {
        List<Double> values = spec.series()
            .stream()
            .flatMap(s -> s.values().stream())
            .filter(Objects::nonNull)
            .filter(Double::isFinite)
            .toList();
        if (values.isEmpty()) {
            return new CartesianData(spec, 0, 0, true, false);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
        return new CartesianData(spec, min, max, whole, true);
    }

    NiceScale scale(double axisLength, double pixelsPerTick) {
        int ticks = (int) Math.max(2, Math.min(10, Math.floor(axisLength / pixelsPerTick)));
        return NiceScale.of(min, max, ticks, wholeNumbers);
    }

    boolean labelValues() {
        int points = spec.categories().size() * spec.series().size();
        return points <= (spec.type() == ChartType.LINE || spec.type() == ChartType.AREA ? 12 : MAX_LABELLED_VALUES);
    }

    /** The value of a series at a category, or null when missing or not a number. */
    static Double valueAt(ChartSeries series, int category) {
        Double value = series.values().get(category);
        return value == null || !Double.isFinite(value) ? null : value;
    }

    /** Width of one bar and the step between bars of a group inside a band. */
    static double[] barGeometry(double band, int seriesCount) {
        double group = band * 0.6;
        double bar = Math.min(48, group / (seriesCount + (seriesCount - 1) * 0.3));
        return new double[] { bar, bar * 1.3 };
    }

}
