package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION_DOCUMENT_CONTENT;

import id.satudata.portal.base.error.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps document bytes in PostgreSQL (table integration_document_content), in the same
 * transaction as their metadata.
 */
@Component
@ConditionalOnProperty(name = "satudata.registry.storage", havingValue = "database", matchIfMissing = true)
class DatabaseDocumentStorage implements DocumentStorage {

    private final DSLContext db;

    DatabaseDocumentStorage(DSLContext db) {
        this.db = db;
    }

    @Override
    public void store(long documentId, byte[] content) {
        db.insertInto(INTEGRATION_DOCUMENT_CONTENT)
            .set(INTEGRATION_DOCUMENT_CONTENT.DOCUMENT_ID, documentId)
            .set(INTEGRATION_DOCUMENT_CONTENT.CONTENT, content)
            .execute();
    }

    @Override
    public InputStream open(long documentId) {
        byte[] content = db.select(INTEGRATION_DOCUMENT_CONTENT.CONTENT)
            .from(INTEGRATION_DOCUMENT_CONTENT)
            .where(INTEGRATION_DOCUMENT_CONTENT.DOCUMENT_ID.eq(documentId))
            .fetchOptional(INTEGRATION_DOCUMENT_CONTENT.CONTENT)
            .orElseThrow(() -> new NotFoundException("document", documentId));
        return new ByteArrayInputStream(content);
    }

}
