package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV or spreadsheet rows mapped onto a schema: finds the header (skipping title rows
 * above it, merging a header written over several rows), maps columns to fields by name
 * or title, and leaves out empty rows and note rows (only a first cell, as "Sumber data:
 * ..." under a table).
 */
public final class TabularRows implements SchemaRows {

    public static final int HEADER_SEARCH_ROWS = 20;

    private final RawRows raw;

    private final TableSchema schema;

    private final Deque<String[]> lookahead = new ArrayDeque<>();

    private final Deque<Long> lookaheadRows = new ArrayDeque<>();

    private int[] mapping = new int[0];

    private String[] header = new String[0];

    private long row;

    private long skipped;

    TabularRows(RawRows raw, TableSchema schema) throws IOException {
        this.raw = raw;
        this.schema = schema;
        findHeader();
    }

    private void findHeader() throws IOException {
        List<String[]> first = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        for (String[] r = raw.next(); r != null
                && first.size() < HEADER_SEARCH_ROWS; r = first.size() < HEADER_SEARCH_ROWS - 1 ? raw.next() : null) {
            first.add(r);
            rows.add(raw.row());
        }
        if (first.isEmpty() || first.stream().allMatch(r -> Headers.filled(r) == 0)) {
            throw new PayloadException(LoadProblem.EMPTY, 0, ErrorReason.NO_ROWS);
        }
        int bestEnd = -1;
        int bestMatches = 0;
        String[] best = null;
        for (int end = 0; end < first.size(); end++) {
            for (String[] candidate : List.of(first.get(end), Headers.merge(first.subList(0, end + 1)))) {
                int matches = matches(candidate);
                if (matches > bestMatches) {
                    bestMatches = matches;
                    bestEnd = end;
                    best = candidate;
                }
            }
        }
        if (best == null) {
            throw new PayloadException(LoadProblem.HEADER, 1, ErrorReason.NO_HEADER,
                    String.join(", ", schema.fields().stream().map(SchemaField::name).toList()));
        }
        header = best;
        mapColumns();
        skipped += bestEnd;
        for (int i = bestEnd + 1; i < first.size(); i++) {
            lookahead.add(first.get(i));
            lookaheadRows.add(rows.get(i));
        }
    }

    private int matches(String[] candidate) {
        int n = 0;
        for (String cell : candidate) {
            if (fieldIndex(cell) >= 0) {
                n++;
            }
        }
        return n;
    }

    private int fieldIndex(String cell) {
        String name = Headers.normalize(cell);
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < schema.fields().size(); i++) {
            SchemaField field = schema.fields().get(i);
            if (field.name().equals(name) || Headers.normalize(field.title()).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void mapColumns() {
        mapping = new int[header.length];
        boolean[] seen = new boolean[schema.fields().size()];
        for (int c = 0; c < header.length; c++) {
            int f = fieldIndex(header[c]);
            if (f >= 0 && seen[f]) {
                throw new PayloadException(LoadProblem.HEADER, 1, ErrorReason.COLUMN_TWICE, header[c]);
            }
            mapping[c] = f;
            if (f >= 0) {
                seen[f] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < seen.length; f++) {
            if (!seen[f] && schema.fields().get(f).required()) {
                missing.add(schema.fields().get(f).name());
            }
        }
        if (!missing.isEmpty()) {
            throw new PayloadException(LoadProblem.MISSING_REQUIRED, 1, ErrorReason.REQUIRED_COLUMNS_MISSING,
                    String.join(", ", missing));
        }
    }

    @Override
    public String @Nullable [] next(Problems problems) throws IOException {
        while (true) {
            String[] cells;
            if (!lookahead.isEmpty()) {
                cells = lookahead.poll();
                row = lookaheadRows.poll();
            }
            else {
                cells = raw.next();
                row = raw.row();
            }
            if (cells == null) {
                return null;
            }
            int filled = Headers.filled(cells);
            if (filled == 0 || (filled == 1 && !cells[0].isBlank() && header.length >= 3 && mapping.length > 0
                    && isNote(cells[0]))) {
                skipped++;
                continue;
            }
            return map(cells, problems);
        }
    }

    /**
     * A note under a table: free text in the first cell, not a value of the first column.
     */
    private boolean isNote(String cell) {
        return mapping[0] < 0 || cell.length() > 30 || cell.contains(":");
    }

    private String[] map(String[] cells, Problems problems) {
        String[] values = new String[schema.fields().size()];
        for (int c = 0; c < cells.length; c++) {
            if (c < mapping.length && mapping[c] >= 0) {
                values[mapping[c]] = cells[c];
            }
            else if (!cells[c].isBlank()) {
                if (c < header.length && !header[c].isBlank()) {
                    problems.add(row, header[c], LoadProblem.UNKNOWN_COLUMN, ErrorReason.COLUMN_NOT_IN_SCHEMA);
                }
                else {
                    problems.add(row, null, LoadProblem.TOO_MANY_VALUES, ErrorReason.VALUE_BEYOND_HEADER,
                            String.valueOf(c + 1));
                }
            }
        }
        return values;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

}
