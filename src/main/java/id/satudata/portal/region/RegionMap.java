package id.satudata.portal.region;

import java.util.List;

/**
 * A drawable choropleth: the GeoJSON to register in the browser under {@code mapName}
 * (only the shapes needed, each with the property {@code kode} the data is matched by),
 * the areas with their values, and the values that matched no shape.
 */
public record RegionMap(MapSpec spec, BoundarySet boundaries, String mapName, String geoJson, List<MapArea> areas,
        List<UnmatchedValue> unmatched) implements Choropleth {

    /** The GeoJSON feature property that carries each shape's key. */
    public static final String KEY_PROPERTY = "kode";

    public RegionMap {
        areas = List.copyOf(areas);
        unmatched = List.copyOf(unmatched);
    }

    /** How many areas have a value. */
    public long areasWithValues() {
        return areas.stream().filter(a -> a.value() != null).count();
    }

}
