package id.satudata.portal.chart;

import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.region.RegionColumn;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the automatic chart choice knows of a dataset beyond its schema, learned from its
 * data: the dimension holding region codes (and what they are), the latest value of the
 * time dimension, and how many distinct values the category dimensions have.
 *
 * @param regionField a dimension whose values are region codes of at least two regions
 * its map can show (with shapes, or as bars where the level has no boundaries), or null
 * @param region the level and code system of {@code regionField}
 * @param latestPeriod the latest value of the first time dimension (for maps and bars of
 * a measure over several years), or null
 * @param distinctValues distinct values per category dimension (capped)
 */
public record SchemaFacts(TableSchema schema, @Nullable String regionField, @Nullable RegionColumn region,
        @Nullable String latestPeriod, Map<String, Integer> distinctValues) {

    public SchemaFacts {
        distinctValues = Map.copyOf(distinctValues);
    }

    public static SchemaFacts of(TableSchema schema) {
        return new SchemaFacts(schema, null, null, null, Map.of());
    }

}
