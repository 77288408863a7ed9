package id.satudata.portal.report;

/**
 * A generated file: its name (with extension), format and content, ready for a download
 * or for storing as a step's output document.
 */
public record GeneratedDocument(String fileName, DocumentFormat format, byte[] content) {

    public String contentType() {
        return format.contentType();
    }

}
