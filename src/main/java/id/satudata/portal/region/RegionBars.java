package id.satudata.portal.region;

import id.satudata.portal.base.chart.ChartSpec;
import java.util.List;

/**
 * The fallback when a level has no boundaries: the same values as a bar chart, labelled
 * by region name where the code is known and by the code itself where not.
 */
public record RegionBars(MapSpec spec, ChartSpec chart, List<UnmatchedValue> unmatched) implements Choropleth {

    public RegionBars {
        unmatched = List.copyOf(unmatched);
    }

}
