package id.satudata.portal.registry;

import id.satudata.portal.base.error.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks uploaded documents before anything is recorded: a file name, not empty, within
 * the size limit, of an accepted type as found in the content, and not contradicting the
 * declared type. Computes the SHA-256.
 */
@Component
class DocumentInspector {

    private static final int MAX_NAME_LENGTH = 200;

    private static final Set<String> ZIP_ALIASES = Set.of(ContentSniffer.ZIP, "application/x-zip-compressed",
            "application/x-zip", "multipart/x-zip");

    /** Declared types that say nothing about the content. */
    private static final Set<String> UNSPECIFIC = Set.of("", "application/octet-stream", "binary/octet-stream");

    private static final Map<String, Set<String>> ALIASES = Map.of(ContentSniffer.JPEG,
            Set.of("image/jpg", "image/pjpeg"), ContentSniffer.PDF, Set.of("application/x-pdf"), ContentSniffer.TEXT,
            Set.of("application/json", "application/xml", "application/sql"));

    private final RegistryProperties properties;

    DocumentInspector(RegistryProperties properties) {
        this.properties = properties;
    }

    /**
     * Checks every document; the first one failing throws a ValidationException naming
     * it.
     */
    List<InspectedDocument> inspectAll(List<UploadedDocument> documents, String defaultKind) {
        if (documents.size() > properties.maxDocumentsPerAction()) {
            throw new ValidationException("documents", "registry.error.document.tooMany",
                    properties.maxDocumentsPerAction());
        }
        return documents.stream().map(d -> inspect(d, defaultKind)).toList();
    }

    InspectedDocument inspect(UploadedDocument document, String defaultKind) {
        String fileName = cleanFileName(document.fileName());
        byte[] content = document.content();
        if (content.length == 0) {
            throw new ValidationException("documents", "registry.error.document.empty", fileName);
        }
        long limit = properties.maxDocumentSize().toBytes();
        if (content.length > limit) {
            throw new ValidationException("documents", "registry.error.document.tooLarge", fileName,
                    properties.maxDocumentSize().toMegabytes());
        }
        String type = ContentSniffer.sniff(content)
            .orElseThrow(
                    () -> new ValidationException("documents", "registry.error.document.typeNotAllowed", fileName));
        if (!declaredMatches(document.declaredContentType(), type)) {
            throw new ValidationException("documents", "registry.error.document.typeMismatch", fileName,
                    String.valueOf(document.declaredContentType()));
        }
        String kind = document.kind() == null || document.kind().isBlank() ? defaultKind : document.kind().strip();
        return new InspectedDocument(fileName, kind, type, content, sha256(content));
    }

    /** The last segment of the name, without control characters. */
    static String cleanFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new ValidationException("documents", "registry.error.document.name");
        }
        if (base.length() > MAX_NAME_LENGTH) {
            throw new ValidationException("documents", "registry.error.document.nameTooLong", MAX_NAME_LENGTH);
        }
        return base;
    }

    static boolean declaredMatches(@Nullable String declared, String sniffed) {
        String type = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (UNSPECIFIC.contains(type) || type.equals(sniffed)) {
            return true;
        }
        if (sniffed.equals(ContentSniffer.TEXT) && type.startsWith("text/")) {
            return true;
        }
        boolean zipBased = sniffed.equals(ContentSniffer.ZIP) || sniffed.equals(ContentSniffer.DOCX)
                || sniffed.equals(ContentSniffer.XLSX) || sniffed.equals(ContentSniffer.ODT);
        if (zipBased && ZIP_ALIASES.contains(type)) {
            return true;
        }
        return ALIASES.getOrDefault(sniffed, Set.of()).contains(type);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

}
