package id.satudata.portal.datastore.ingest;

import id.satudata.portal.base.config.PortalProperties;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * Keeps the raw payload of every load as a gzip file under
 * {@code <data-dir>/payloads/<dataset>/<load>.<format>.gz} (part of the data folder, so
 * it survives restarts and is backed up with it). Written while the load reads the body.
 */
@Component
class PayloadStore {

    private final Path root;

    PayloadStore(PortalProperties portal) {
        this.root = portal.dataPath().resolve("payloads");
    }

    /** The path relative to the data folder, as stored in the load record. */
    static String relativePath(long datasetId, long loadId, PayloadFormat format) {
        return "payloads/" + datasetId + "/" + loadId + "." + format.name().toLowerCase(Locale.ROOT) + ".gz";
    }

    Path file(String relativePath) {
        return root.getParent().resolve(relativePath).normalize();
    }

    /**
     * Wraps the body: every byte read is also written to the payload file and counted;
     * more than {@code maxBytes} is an error.
     */
    Capture capture(InputStream body, String relativePath, long maxBytes) {
        try {
            Path file = file(relativePath);
            Files.createDirectories(file.getParent());
            OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            return new Capture(body, out, maxBytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relativePath) {
        try {
            Files.deleteIfExists(file(relativePath));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String relativePath) throws IOException {
        return new GZIPInputStream(Files.newInputStream(file(relativePath)), 1 << 16);
    }

    /** The tee around a request body. */
    static final class Capture extends FilterInputStream {

        private final OutputStream copy;

        private final long maxBytes;

        private long bytes;

        private boolean closed;

        Capture(InputStream in, OutputStream copy, long maxBytes) {
            super(in);
            this.copy = copy;
            this.maxBytes = maxBytes;
        }

        long bytes() {
            return bytes;
        }

        /**
         * Whether the body was cut off at the limit (then the file holds only a part).
         */
        boolean exceeded() {
            return bytes > maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw new PayloadException(LoadProblem.TOO_LARGE, 0, ErrorReason.BODY_TOO_LARGE, maxBytes);
                }
                copy.write(b, off, n);
            }
            return n;
        }

        /** Reads what is left of the body into the payload file (after a failure). */
        void drain() {
            byte[] rest = new byte[1 << 16];
            try {
                while (read(rest, 0, rest.length) >= 0) {
                    // keep reading
                }
            }
            catch (IOException | PayloadException e) {
                // the payload file keeps what arrived
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    copy.close();
                }
                finally {
                    super.close();
                }
            }
        }

    }

}
