package id.satudata.portal.datastore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the hub.
 *
 * @param maxPayloadBytes largest body a load takes (larger: 413)
 * @param maxRowChars longest row of a CSV (longer: 413)
 * @param sortIndexMinRows a dataset with at least this many rows gets an index for a
 * column without one (not a dimension) the first time someone sorts by it (see
 * {@code SortIndexes})
 * @param schemaLockWait how long a schema change waits for a running load of the dataset
 * before it is refused (the load goes on; the team tries again)
 */
@ConfigurationProperties("satudata.datastore")
public record DatastoreProperties(@DefaultValue("2147483648") long maxPayloadBytes,
        @DefaultValue("1000000") int maxRowChars, @DefaultValue("100000") long sortIndexMinRows,
        @DefaultValue("5s") java.time.Duration schemaLockWait) {
}
