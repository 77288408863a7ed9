package id.satudata.portal.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's own files with the quirks of Indonesian open-data portals: the demo's
 * ({@code demo/files} in main resources, loaded by the demo too) and the tests' own
 * ({@code files} in test resources).
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** A file of the demo, e.g. {@code tpt_kabkota_jabar_crlf.csv}. */
    public static byte[] demo(String name) {
        return read("/demo/files/" + name);
    }

    /** A file only the tests use, e.g. {@code idm_desa_kode_float.csv}. */
    public static byte[] test(String name) {
        return read("/files/" + name);
    }

    public static String utf8(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
