package id.satudata.portal.catalog;

import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A released dataset as lists show it (home page, search results, organisation and topic
 * pages, API listings).
 *
 * @param uuid the dataset's identifier outside the portal (open API, harvesters): unique
 * across portals, kept through renames
 * @param organisation the OPD producing the data (produsen data)
 * @param modifiedAt the later of the dataset's and its metadata's last change
 * @param resourceIds the stable UUIDs of its CSV, JSON, XLSX and API resources
 */
public record DatasetSummary(long id, UUID uuid, String slug, String title, String description, Opd organisation,
        @Nullable Topic topic, List<String> tags, Licence licence, @Nullable Integer periodStart,
        @Nullable Integer periodEnd, UpdateFrequency updateFrequency, long rowCount, boolean featured, long views,
        long downloads, @Nullable OffsetDateTime releasedAt, @Nullable OffsetDateTime lastLoadAt,
        OffsetDateTime createdAt, OffsetDateTime modifiedAt, ResourceIds resourceIds) {

    public DatasetSummary {
        tags = List.copyOf(tags);
    }

}
