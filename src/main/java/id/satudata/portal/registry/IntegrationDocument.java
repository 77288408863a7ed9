package id.satudata.portal.registry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document filed with a step of an integration (its metadata; the bytes are in the
 * {@link DocumentStorage}).
 *
 * @param kind what the document is, usually the step's output document
 * @param contentType the type found in the content
 * @param sha256 hex SHA-256 of the content
 */
public record IntegrationDocument(long id, long integrationId, long eventId, int stepNo, String kind, String fileName,
        String contentType, long sizeBytes, String sha256, @Nullable Long uploadedBy, String uploadedByName,
        Instant uploadedAt) {
}
