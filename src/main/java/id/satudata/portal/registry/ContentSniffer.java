package id.satudata.portal.registry;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells the type of a file from its bytes, for the types the registry accepts: PDF, PNG,
 * JPEG, DOCX, XLSX, ODT, ZIP and plain UTF-8 text. Archives are recognised from their
 * central directory, without unpacking anything.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";

    static final String PNG = "image/png";

    static final String JPEG = "image/jpeg";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String ODT = "application/vnd.oasis.opendocument.text";

    static final String ZIP = "application/zip";

    static final String TEXT = "text/plain";

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };

    private static final int EOCD_SIGNATURE = 0x06054b50;

    private static final int CENTRAL_ENTRY_SIGNATURE = 0x02014b50;

    private ContentSniffer() {
    }

    /** The type of the content, or empty when it is none of the accepted types. */
    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] { 'P', 'K', 3, 4 }) || startsWith(content, new byte[] { 'P', 'K', 5, 6 })) {
            return zipType(content);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<String> zipType(byte[] content) {
        Optional<List<String>> names = entryNames(content);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (isOdt(content)) {
            return Optional.of(ODT);
        }
        List<String> entries = names.get();
        if (entries.contains("[Content_Types].xml")) {
            if (entries.stream().anyMatch(n -> n.startsWith("word/"))) {
                return Optional.of(DOCX);
            }
            if (entries.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
        }
        return Optional.of(ZIP);
    }

    /** ODF puts an uncompressed "mimetype" entry first, naming the document type. */
    private static boolean isOdt(byte[] content) {
        byte[] expected = ("mimetype" + ODT).getBytes(StandardCharsets.US_ASCII);
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        return nameLength == 8 && extraLength == 0 && content.length >= 30 + expected.length
                && Arrays.equals(content, 30, 30 + expected.length, expected, 0, expected.length);
    }

    /**
     * The names in the archive's central directory; empty when the archive is damaged.
     */
    static Optional<List<String>> entryNames(byte[] content) {
        int eocd = -1;
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
            if (u32(content, i) == EOCD_SIGNATURE) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return Optional.empty();
        }
        int count = u16(content, eocd + 10);
        long offset = u32(content, eocd + 16);
        List<String> names = new ArrayList<>();
        int position = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count; i++) {
            if (position < 0 || position + 46 > content.length || u32(content, position) != CENTRAL_ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = u16(content, position + 28);
            int extraLength = u16(content, position + 30);
            int commentLength = u16(content, position + 32);
            if (position + 46 + nameLength > content.length) {
                return Optional.empty();
            }
            names.add(new String(content, position + 46, nameLength, StandardCharsets.UTF_8));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }

    /** Valid UTF-8 without NUL and without control characters other than layout ones. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] b, int i) {
        if (i < 0 || i + 2 > b.length) {
            return -1;
        }
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return -1;
        }
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }

}
