package id.satudata.portal.datastore;

import id.satudata.portal.datastore.schema.TableSchema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A dataset of the hub: owned by an OPD (produsen data), optionally part of an
 * integration, with its schema and the state of its data.
 *
 * @param slug URL-safe unique name used in API paths
 * @param schemaVersion incremented by every schema change
 * @param dataVersion incremented by every accepted load
 */
public record Dataset(long id, long opdId, @Nullable Long integrationId, String slug, String title, String description,
        UpdateFrequency updateFrequency, Visibility visibility, TableSchema schema, int schemaVersion, long rowCount,
        @Nullable OffsetDateTime lastLoadAt, long dataVersion, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
