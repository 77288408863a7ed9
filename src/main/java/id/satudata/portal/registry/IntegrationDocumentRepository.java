package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION_DOCUMENT;
import static id.satudata.portal.registry.Times.odt;

import id.satudata.portal.jooq.tables.records.IntegrationDocumentRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Metadata of the documents filed with integration steps: insert and read only. */
@Repository
class IntegrationDocumentRepository {

    private final DSLContext db;

    IntegrationDocumentRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Records the document (its id is ignored) and returns the id the database gave it.
     */
    long insert(IntegrationDocument d) {
        return db.insertInto(INTEGRATION_DOCUMENT)
            .set(INTEGRATION_DOCUMENT.INTEGRATION_ID, d.integrationId())
            .set(INTEGRATION_DOCUMENT.EVENT_ID, d.eventId())
            .set(INTEGRATION_DOCUMENT.STEP_NO, d.stepNo())
            .set(INTEGRATION_DOCUMENT.KIND, d.kind())
            .set(INTEGRATION_DOCUMENT.FILE_NAME, d.fileName())
            .set(INTEGRATION_DOCUMENT.CONTENT_TYPE, d.contentType())
            .set(INTEGRATION_DOCUMENT.SIZE_BYTES, d.sizeBytes())
            .set(INTEGRATION_DOCUMENT.SHA256, d.sha256())
            .set(INTEGRATION_DOCUMENT.UPLOADED_BY, d.uploadedBy())
            .set(INTEGRATION_DOCUMENT.UPLOADED_BY_NAME, d.uploadedByName())
            .set(INTEGRATION_DOCUMENT.UPLOADED_AT, odt(d.uploadedAt()))
            .returning(INTEGRATION_DOCUMENT.ID)
            .fetchSingle(INTEGRATION_DOCUMENT.ID);
    }

    Optional<IntegrationDocument> find(long id) {
        return db.selectFrom(INTEGRATION_DOCUMENT)
            .where(INTEGRATION_DOCUMENT.ID.eq(id))
            .fetchOptional(IntegrationDocumentRepository::toDocument);
    }

    /** An integration's documents, in the order they were filed. */
    List<IntegrationDocument> findByIntegration(long integrationId) {
        return db.selectFrom(INTEGRATION_DOCUMENT)
            .where(INTEGRATION_DOCUMENT.INTEGRATION_ID.eq(integrationId))
            .orderBy(INTEGRATION_DOCUMENT.ID)
            .fetch(IntegrationDocumentRepository::toDocument);
    }

    private static IntegrationDocument toDocument(IntegrationDocumentRecord r) {
        return new IntegrationDocument(r.getId(), r.getIntegrationId(), r.getEventId(), r.getStepNo(), r.getKind(),
                r.getFileName(), r.getContentType(), r.getSizeBytes(), r.getSha256(), r.getUploadedBy(),
                r.getUploadedByName(), r.getUploadedAt().toInstant());
    }

}
