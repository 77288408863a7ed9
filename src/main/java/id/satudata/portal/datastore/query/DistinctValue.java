package id.satudata.portal.datastore.query;

import org.jspecify.annotations.Nullable;

/** A value of a dimension (as text; null for missing) and how many rows have it. */
public record DistinctValue(@Nullable String value, long rows) {
}
