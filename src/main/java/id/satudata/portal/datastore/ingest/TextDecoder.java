package id.satudata.portal.datastore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes a byte stream as people's files come: UTF-8 with or without a BOM; in lenient
 * mode every byte that is not part of valid UTF-8 is read as Windows-1252 (so plain
 * Windows-1252 files and files mixing both decode), in strict mode such a byte is an
 * error. Streams: holds one buffer, never the whole input.
 */
final class TextDecoder extends Reader {

    /** Windows-1252 for the bytes 0x80..0x9F (the rest of 0x80..0xFF is Latin-1). */
    private static final char[] CP1252_HIGH = ("\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\uFFFD\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\uFFFD\u017E\u0178")
        .toCharArray();

    private final InputStream in;

    private final boolean strict;

    private final boolean windows1252;

    private final byte[] bytes = new byte[1 << 16];

    private int pos;

    private int limit;

    private boolean eof;

    private boolean started;

    private long offset;

    private int pendingLow = -1;

    private boolean sawFallback;

    /**
     * @param strict invalid UTF-8 is an error (the sender declared UTF-8, or JSON)
     * @param windows1252 the sender declared Windows-1252: every byte is one character
     */
    TextDecoder(InputStream in, boolean strict, boolean windows1252) {
        this.in = in;
        this.strict = strict;
        this.windows1252 = windows1252;
    }

    /** Whether some bytes were not UTF-8 and were read as Windows-1252. */
    boolean sawWindows1252() {
        return sawFallback;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow >= 0) {
            out[off + n++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (n < len) {
            if (limit - pos < 4 && !eof) {
                fill();
            }
            if (pos >= limit) {
                break;
            }
            int b = bytes[pos] & 0xFF;
            if (b < 0x80) {
                out[off + n++] = (char) b;
                pos++;
                continue;
            }
            if (windows1252) {
                out[off + n++] = cp1252(b);
                pos++;
                continue;
            }
            int cp = decodeSequence(b);
            if (cp < 0) {
                if (strict) {
                    throw new PayloadException(LoadProblem.ENCODING, -1, ErrorReason.INVALID_UTF8,
                            "0x%02X".formatted(b), offset + pos);
                }
                sawFallback = true;
                out[off + n++] = cp1252(b);
                pos++;
            }
            else if (cp > 0xFFFF) {
                out[off + n++] = Character.highSurrogate(cp);
                if (n < len) {
                    out[off + n++] = Character.lowSurrogate(cp);
                }
                else {
                    pendingLow = Character.lowSurrogate(cp);
                }
            }
            else {
                out[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes the UTF-8 sequence at pos (advancing past it), or returns -1. */
    private int decodeSequence(int lead) {
        int length;
        int cp;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1F;
        }
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0F;
        }
        else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07;
        }
        else {
            return -1;
        }
        if (pos + length > limit) {
            return -1;
        }
        for (int i = 1; i < length; i++) {
            int c = bytes[pos + i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return -1;
        }
        pos += length;
        return cp;
    }

    private static char cp1252(int b) {
        return b >= 0x80 && b <= 0x9F ? CP1252_HIGH[b - 0x80] : (char) b;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(bytes, pos, bytes, 0, limit - pos);
            offset += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < bytes.length) {
            int read = in.read(bytes, limit, bytes.length - limit);
            if (read < 0) {
                eof = true;
                break;
            }
            limit += read;
            if (limit >= 4) {
                break;
            }
        }
        if (!started) {
            started = true;
            if (limit >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                pos = 3;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

}
