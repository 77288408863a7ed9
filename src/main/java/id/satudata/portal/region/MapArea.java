package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/**
 * One shape of a choropleth: the key it has in the map's GeoJSON ({@code kode}), its
 * region, and the data value drawn on it (null when the data has none for it).
 */
public record MapArea(String key, Region region, @Nullable Double value) {
}
