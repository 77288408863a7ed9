package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/**
 * What the region table shows: one level, optionally narrowed by a text in code or name
 * (a search aid for people; data is matched by code only).
 */
public record RegionQuery(RegionLevel level, @Nullable String text) {

    public RegionQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static RegionQuery of(RegionLevel level) {
        return new RegionQuery(level, null);
    }

}
