package id.satudata.portal.catalog;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only catalogue record.
 *
 * @param actor user name (or system job) who acted
 * @param role the walidata or OPD role they acted in
 */
public record CatalogEvent(long id, long datasetId, CatalogEventKind kind, @Nullable Long userId, String actor,
        @Nullable String role, OffsetDateTime at, @Nullable String note) {
}
