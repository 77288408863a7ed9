package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/** A row of the region table as listed: the region and the name of its parent. */
public record RegionEntry(Region region, @Nullable String parentName) {
}
