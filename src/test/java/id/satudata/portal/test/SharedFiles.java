package id.satudata.portal.test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference material beside the checkout (SOP texts, real data, boundaries,
 * DCAT-AP shapes).
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path path(String relative) {
        Path root = Path.of(System.getProperty("satudata.shared", "../shared"));
        Path file = root.resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Shared file missing: " + file.toAbsolutePath());
        }
        return file;
    }

}
