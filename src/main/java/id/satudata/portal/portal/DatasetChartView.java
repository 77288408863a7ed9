package id.satudata.portal.portal;

/**
 * The dataset's chart for its page: the ECharts option (drawn by a script when the chart
 * comes into view) and the same chart as SVG drawn on the server, shown without
 * JavaScript.
 */
public record DatasetChartView(String title, String unit, String optionJson, String svg) {
}
