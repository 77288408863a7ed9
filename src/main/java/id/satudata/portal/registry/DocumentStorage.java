package id.satudata.portal.registry;

import java.io.InputStream;

/**
 * Where the bytes of registry documents are kept, by document id. Documents are never
 * changed or removed, so there is only store and open. The default keeps them in
 * PostgreSQL; {@code satudata.registry.storage=folder} keeps them in a folder.
 */
public interface DocumentStorage {

    /**
     * Stores the content of a new document; called in the transaction that records it.
     */
    void store(long documentId, byte[] content);

    /** The content of a stored document. */
    InputStream open(long documentId);

}
