package id.satudata.portal.region;

import java.util.List;

/**
 * A choropleth as built from data: a map when the level has boundaries
 * ({@link RegionMap}), otherwise a bar chart of the same values ({@link RegionBars});
 * both list the values that no shape shows.
 */
public sealed interface Choropleth permits RegionMap, RegionBars {

    MapSpec spec();

    /** Values whose code matched no shape, in data order. */
    List<UnmatchedValue> unmatched();

}
