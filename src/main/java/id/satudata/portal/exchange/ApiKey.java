package id.satudata.portal.exchange;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An API key as the hub keeps it (never the secret): issued for one dataset or one
 * integration of an OPD, revocable, with the time it was last used.
 */
public record ApiKey(long id, String prefix, @Nullable Long datasetId, @Nullable Long integrationId, long opdId,
        String label, String createdBy, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
        @Nullable OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** What a person sees of the key: {@code sd_<prefix>_…}. */
    public String masked() {
        return "sd_" + prefix + "_\u2026";
    }

}
