package id.satudata.portal.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset drawn by region: the map (or the bar chart when the level has no boundaries),
 * the code system the codes were read in, and how many of the data's rows have a code
 * that no shape shows.
 *
 * @param rows all rows of the figures
 * @param unmatchedRows rows whose code matched no shape (or, as bars, no region)
 * @param rowsByCode rows per code as keyed in the choropleth, to count unmatched values
 */
public record RegionChart(Choropleth choropleth, CodeSystem codeSystem, long rows, long unmatchedRows,
        Map<String, Long> rowsByCode) {

    public RegionChart {
        rowsByCode = Map.copyOf(rowsByCode);
    }

    /** Whether the data is drawn as a map (false: the bar-chart fallback). */
    public boolean isMap() {
        return choropleth instanceof RegionMap;
    }

    /** The values whose code matched no shape, in data order. */
    public List<UnmatchedValue> unmatched() {
        return choropleth.unmatched();
    }

    /** How many rows an unmatched value stands for. */
    public long rowsOf(UnmatchedValue value) {
        return rowsByCode.getOrDefault(value.code(), 0L);
    }

    /**
     * The ECharts option of the map (register {@link RegionMap#geoJson()} under
     * {@link RegionMap#mapName()} first); empty for the bar fallback, whose
     * {@link RegionBars#chart()} is a ChartSpec for the ChartRenderer.
     */
    public Optional<String> mapOption(Locale locale, String noDataLabel) {
        return choropleth instanceof RegionMap map ? Optional.of(ChoroplethOptions.toJson(map, locale, noDataLabel))
                : Optional.empty();
    }

}
