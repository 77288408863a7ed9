package id.satudata.portal.test;

import java.nio.file.Path;

/**
 * A shared folder that does not exist: tests and the browser tests' portal run the
 * self-contained demo, the same on a fresh clone as beside the shared material (only the
 * {@link SharedMaterial} group reads that).
 */
public final class NoSharedFolder {

    private NoSharedFolder() {
    }

    public static Path path() {
        return Path.of("target", "no-shared-folder").toAbsolutePath();
    }

}
