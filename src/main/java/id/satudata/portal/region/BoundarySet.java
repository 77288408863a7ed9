package id.satudata.portal.region;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded set of boundaries for one level: how its codes were read, how many features
 * it has, who uploaded it and when, and whether it is the level's current set (a replaced
 * set stays, with who replaced it and when).
 */
public record BoundarySet(long id, RegionLevel level, CodeSystem codeSystem, String codeProperty, String fileName,
        int featureCount, int sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt, boolean current,
        @Nullable OffsetDateTime replacedAt, @Nullable String replacedBy) {
}
