package id.satudata.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentInspectorTest {

    private final DocumentInspector inspector = new DocumentInspector(
            new RegistryProperties(DataSize.ofKilobytes(64), 3, "database", ""));

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = ContentSniffer.ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptedTypesAreRecognisedFromTheirContent() throws IOException {
        assertThat(ContentSniffer.sniff(SimplePdf.of("Surat", List.of("isi")))).contains(ContentSniffer.PDF);
        assertThat(ContentSniffer.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }))
            .contains(ContentSniffer.PNG);
        assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 }))
            .contains(ContentSniffer.JPEG);
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(ContentSniffer.DOCX);
        assertThat(ContentSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(ContentSniffer.XLSX);
        assertThat(ContentSniffer.sniff(odt())).contains(ContentSniffer.ODT);
        assertThat(ContentSniffer.sniff(zip("src/Main.java", "README.md"))).contains(ContentSniffer.ZIP);
        assertThat(ContentSniffer.sniff("tahun;jumlah\n2025;12\n".getBytes(StandardCharsets.UTF_8)))
            .contains(ContentSniffer.TEXT);
    }

    @Test
    void executablesAndBinaryJunkAreNotAccepted() {
        assertThat(ContentSniffer.sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 })).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).as("damaged archive").isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xc3, (byte) 0x28 })).as("invalid UTF-8").isEmpty();
    }

    @Test
    void aDocumentGetsItsSniffedTypeAndSha256() {
        byte[] text = "abc".getBytes(StandardCharsets.UTF_8);
        InspectedDocument inspected = inspector.inspect(new UploadedDocument("C:\\data\\catatan.txt", "text/csv", text),
                "Notulen");
        assertThat(inspected.fileName()).isEqualTo("catatan.txt");
        assertThat(inspected.contentType()).isEqualTo("text/plain");
        assertThat(inspected.kind()).isEqualTo("Notulen");
        assertThat(inspected.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anExecutableDeclaredAsPdfIsRejected() {
        UploadedDocument fake = new UploadedDocument("laporan.pdf", "application/pdf",
                new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 });
        assertThatThrownBy(() -> inspector.inspect(fake, "Laporan")).isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.document.typeNotAllowed");
    }

    @Test
    void aPngDeclaredAsPdfIsRejected() {
        UploadedDocument png = new UploadedDocument("laporan.pdf", "application/pdf",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
        assertThatThrownBy(() -> inspector.inspect(png, "Laporan")).isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.document.typeMismatch");
    }

    @Test
    void anOversizedOrEmptyFileIsRejected() {
        assertThatThrownBy(
                () -> inspector.inspect(new UploadedDocument("besar.txt", null, new byte[64 * 1024 + 1]), "x"))
            .hasMessageContaining("registry.error.document.tooLarge");
        assertThatThrownBy(() -> inspector.inspect(new UploadedDocument("kosong.txt", null, new byte[0]), "x"))
            .hasMessageContaining("registry.error.document.empty");
    }

    @Test
    void tooManyDocumentsAtOnceAreRejected() {
        UploadedDocument one = new UploadedDocument("a.txt", null, "a".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> inspector.inspectAll(List.of(one, one, one, one), "x"))
            .hasMessageContaining("registry.error.document.tooMany");
    }

    @Test
    void aFileNameMustBeLeft() {
        assertThatThrownBy(() -> DocumentInspector.cleanFileName("/tmp/")).hasMessageContaining("document.name");
        assertThatThrownBy(() -> DocumentInspector.cleanFileName("..")).hasMessageContaining("document.name");
    }

}
