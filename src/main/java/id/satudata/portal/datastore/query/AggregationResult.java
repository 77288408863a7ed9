package id.satudata.portal.datastore.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The groups of an aggregation, ordered by their values (numerically where the values are
 * numbers), and whether the rollups answered it or a scan of the table did.
 */
public record AggregationResult(List<Group> groups, Path path) {

    /** One group: its dimension values (as text) and the aggregate (null: no values). */
    public record Group(List<@Nullable String> keys, @Nullable Double value) {
    }

    /** How the result was computed. */
    public enum Path {

        ROLLUP, SCAN

    }

}
