package id.satudata.portal.registry;

import org.jspecify.annotations.Nullable;

/**
 * A file handed in with an action, as received.
 *
 * @param declaredContentType the type the browser or client declared; checked against the
 * content
 * @param kind what the document is; null: the step's output document
 */
public record UploadedDocument(String fileName, @Nullable String declaredContentType, byte[] content,
        @Nullable String kind) {

    public UploadedDocument(String fileName, @Nullable String declaredContentType, byte[] content) {
        this(fileName, declaredContentType, content, null);
    }

}
