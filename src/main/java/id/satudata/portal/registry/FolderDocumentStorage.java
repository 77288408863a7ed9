package id.satudata.portal.registry;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps document bytes as files in a folder ({@code satudata.registry.storage=folder}),
 * one file per document, written once and never replaced. A file whose transaction rolls
 * back stays behind unreferenced; ids are never reused, so it is harmless.
 */
@Component
@ConditionalOnProperty(name = "satudata.registry.storage", havingValue = "folder")
class FolderDocumentStorage implements DocumentStorage {

    private final Path root;

    FolderDocumentStorage(RegistryProperties properties, PortalProperties portal) {
        this.root = properties.storageDir().isBlank() ? portal.dataPath().resolve("documents")
                : Path.of(properties.storageDir()).toAbsolutePath().normalize();
    }

    @Override
    public void store(long documentId, byte[] content) {
        Path file = fileOf(documentId);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "upload-", ".tmp");
            Files.write(temporary, content);
            if (Files.exists(file)) {
                Files.delete(temporary);
                throw new IllegalStateException("Document " + documentId + " is already stored");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store document " + documentId, e);
        }
    }

    @Override
    public InputStream open(long documentId) {
        Path file = fileOf(documentId);
        if (!Files.exists(file)) {
            throw new NotFoundException("document", documentId);
        }
        try {
            return Files.newInputStream(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + documentId, e);
        }
    }

    private Path fileOf(long documentId) {
        return root.resolve(String.format("%03d", documentId % 1000)).resolve(documentId + ".bin");
    }

}
