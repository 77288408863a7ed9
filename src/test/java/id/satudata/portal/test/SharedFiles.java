package id.satudata.portal.test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference material beside the checkout (SOP texts, real data, boundaries,
 * DCAT-AP shapes), for {@link SharedMaterial} tests only: everything else uses the
 * project's own files.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        return Path.of(System.getProperty("satudata.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path path(String relative) {
        Path file = root().resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Shared file missing: " + file);
        }
        return file;
    }

}
