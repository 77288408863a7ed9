package id.satudata.portal.report;

import java.io.ByteArrayOutputStream;

/**
 * Writes a {@link ReportDocument} in a {@link DocumentFormat}: the one entry point of the
 * document engine.
 */
public final class DocumentWriters {

    private DocumentWriters() {
    }

    public static byte[] write(ReportDocument report, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        switch (format) {
            case DOCX -> DocxWriter.write(report, out);
            case PDF -> PdfWriter.write(report, out);
            case XLSX -> XlsxWriter.write(report, out);
        }
        return out.toByteArray();
    }

}
