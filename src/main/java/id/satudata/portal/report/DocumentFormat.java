package id.satudata.portal.report;

/** The file formats the document writers produce. */
public enum DocumentFormat {

    /** Word document, editable in Word and LibreOffice. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** PDF for signing and archiving. */
    PDF("application/pdf", "pdf"),
    /** The document's tables as worksheets. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;

    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

}
