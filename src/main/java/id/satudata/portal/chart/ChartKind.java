package id.satudata.portal.chart;

import id.satudata.portal.base.chart.ChartType;

/**
 * What a dashboard chart draws: one of the {@link ChartType}s, or a choropleth MAP of a
 * region-code dimension (drawn as bars where the level has no boundaries).
 */
public enum ChartKind {

    BAR, COLUMN, LINE, AREA, PIE, MAP;

    /**
     * The chart type of the model; a map's data as a bar chart (its fallback, documents).
     */
    public ChartType chartType() {
        return this == MAP ? ChartType.BAR : ChartType.valueOf(name());
    }

    /** Whether the groups are ranked by value and cut to the top N (not a time line). */
    boolean ranked() {
        return this == BAR || this == COLUMN || this == PIE;
    }

}
