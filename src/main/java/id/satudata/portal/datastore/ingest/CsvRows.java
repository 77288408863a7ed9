package id.satudata.portal.datastore.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming CSV reader: RFC 4180 quoting with doubled quotes and quoted line breaks,
 * line ends LF, CRLF or CR alone, and a delimiter detected from the first lines (comma,
 * semicolon, tab or pipe) unless given. Rows longer than a limit are an error.
 */
final class CsvRows implements RawRows {

    static final char[] CANDIDATES = { ',', ';', '\t', '|' };

    private final Reader in;

    private final int maxRowChars;

    private final char[] buf = new char[1 << 16];

    private int pos;

    private int limit;

    private boolean eof;

    private char delimiter;

    private long row;

    private final StringBuilder field = new StringBuilder();

    private final List<String> cells = new ArrayList<>();

    CsvRows(Reader in, @Nullable Character delimiter, int maxRowChars) throws IOException {
        this.in = in;
        this.maxRowChars = maxRowChars;
        fill();
        this.delimiter = delimiter != null ? delimiter : detect(buf, pos, limit);
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * The candidate that splits the first lines into the most, and the same number of,
     * fields.
     */
    static char detect(char[] text, int from, int to) {
        char best = ',';
        double bestScore = 0;
        for (char c : CANDIDATES) {
            List<Integer> counts = countPerLine(text, from, to, c);
            if (counts.isEmpty()) {
                continue;
            }
            int first = counts.get(0);
            long same = counts.stream().filter(n -> n == first).count();
            double score = first == 0 ? 0 : first * ((double) same / counts.size());
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static List<Integer> countPerLine(char[] text, int from, int to, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int count = 0;
        for (int i = from; i < to && counts.size() < 20; i++) {
            char ch = text[i];
            if (ch == '"') {
                quoted = !quoted;
            }
            else if (!quoted && ch == delimiter) {
                count++;
            }
            else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!(ch == '\n' && i > from && text[i - 1] == '\r')) {
                    counts.add(count);
                }
                count = 0;
            }
        }
        return counts;
    }

    @Override
    public String @Nullable [] next() throws IOException {
        cells.clear();
        field.setLength(0);
        if (pos >= limit && !fill()) {
            return null;
        }
        row++;
        int rowChars = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (quoted) {
                    throw new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.UNCLOSED_QUOTE);
                }
                cells.add(field.toString());
                return cells.toArray(String[]::new);
            }
            char ch = buf[pos++];
            if (++rowChars > maxRowChars) {
                throw new PayloadException(LoadProblem.TOO_LARGE, row, ErrorReason.ROW_TOO_LONG, maxRowChars);
            }
            if (quoted) {
                if (ch == '"') {
                    if (pos >= limit && !fill()) {
                        quoted = false;
                        afterQuote = true;
                        continue;
                    }
                    if (buf[pos] == '"') {
                        field.append('"');
                        pos++;
                    }
                    else {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else {
                    field.append(ch);
                }
            }
            else if (ch == delimiter) {
                cells.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            }
            else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                cells.add(field.toString());
                return cells.toArray(String[]::new);
            }
            else if (afterQuote) {
                throw new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.TEXT_AFTER_QUOTE);
            }
            else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            }
            else {
                field.append(ch);
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos < limit) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
        }
        limit -= pos;
        pos = 0;
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
            return limit > 0;
        }
        limit += read;
        return true;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

}
