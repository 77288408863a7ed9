package id.satudata.portal.datastore;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Encodes typed rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for
 * null, backslash escapes) as UTF-8 and writes them to a running COPY in 64 KiB blocks.
 */
public final class CopyBuffer {

    private final CopyIn copy;

    private byte[] buf = new byte[1 << 16];

    private int len;

    public CopyBuffer(CopyIn copy) {
        this.copy = copy;
    }

    public void row(long rowNumber, long loadId, @Nullable Object[] values) throws SQLException {
        ascii(Long.toString(rowNumber));
        put((byte) '\t');
        ascii(Long.toString(loadId));
        for (Object value : values) {
            put((byte) '\t');
            value(value);
        }
        end();
    }

    /** A row of just these values (no row number or load). */
    public void row(@Nullable Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        end();
    }

    private void value(@Nullable Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        }
        else if (value instanceof String s) {
            text(s);
        }
        else {
            ascii(value.toString());
        }
    }

    private void end() throws SQLException {
        put((byte) '\n');
        if (len > (1 << 16) - 1024) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (len > 0) {
            copy.writeToCopy(buf, 0, len);
            len = 0;
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void text(String s) {
        ensure(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> {
                        buf[len++] = '\\';
                        buf[len++] = '\\';
                    }
                    case '\t' -> {
                        buf[len++] = '\\';
                        buf[len++] = 't';
                    }
                    case '\n' -> {
                        buf[len++] = '\\';
                        buf[len++] = 'n';
                    }
                    case '\r' -> {
                        buf[len++] = '\\';
                        buf[len++] = 'r';
                    }
                    case 0 -> {
                        // PostgreSQL text cannot hold NUL; dropped
                    }
                    default -> buf[len++] = (byte) c;
                }
            }
            else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            }
            else {
                char ch = Character.isSurrogate(c) ? '\uFFFD' : c;
                buf[len++] = (byte) (0xE0 | (ch >> 12));
                buf[len++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, len + more)];
            System.arraycopy(buf, 0, bigger, 0, len);
            buf = bigger;
        }
    }

}
