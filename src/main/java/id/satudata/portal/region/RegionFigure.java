package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/**
 * One group of a dataset's rows by its region-code column: the code as stored (any
 * spelling: {@code "64.02"}, {@code 6403}, {@code 6403.0}, {@code "'6403"}; null for rows
 * without a code), the aggregated measure (null when there is none), and how many rows
 * the group has.
 */
public record RegionFigure(@Nullable Object code, @Nullable Double value, long rows) {

    public RegionFigure {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
    }

    /** The code as the choropleth keys it: its text, empty for null. */
    String key() {
        return code == null ? "" : code.toString();
    }

}
