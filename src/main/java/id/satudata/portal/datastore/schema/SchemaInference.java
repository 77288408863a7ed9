package id.satudata.portal.datastore.schema;

import id.satudata.portal.datastore.ingest.Headers;
import id.satudata.portal.datastore.ingest.TabularRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggests a table schema from the first rows of a file: finds the header (below title
 * rows, or merged from a header written over several rows), names the fields, and picks
 * types and roles: codes (kode_*, periode ...; dotted ones like 64.02 too) and whole
 * numbers with a leading zero as string dimensions, identifiers (id, no, *_id) of whole
 * numbers as integer dimensions so they sort 1, 2, 10, "tahun" as a year dimension, other
 * numbers as measures; proposes the missing-value markers the file uses beyond the
 * defaults ("***", "x" in a numeric column). The technical team then edits the
 * suggestion.
 */
public final class SchemaInference {

    private static final Set<String> CODE_TOKENS = Set.of("kode", "kd", "code", "nik", "npsn");

    private static final Set<String> CODE_FIRST = Set.of("periode", "bulan", "semester", "triwulan");

    /** Names of running numbers and identifiers: integers when every value is one. */
    private static final Set<String> IDENTIFIER_FIRST = Set.of("id", "no", "nomor");

    private static final Set<String> YEAR_NAMES = Set.of("tahun", "year", "thn");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern ISO_DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");

    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{Punct}\\p{Pd}\u2026]+");

    private static final Set<String> BOOLEANS = Set.of("true", "false", "ya", "tidak", "yes", "no", "benar", "salah");

    private SchemaInference() {
    }

    /** The suggested schema of these rows (title rows and header included). */
    public static TableSchema infer(List<String[]> rows) {
        int headerEnd = headerEnd(rows);
        String[] header = headerEnd == 0 ? rows.get(0) : headerRow(rows.subList(0, headerEnd));
        List<String[]> data = rows.subList(Math.max(headerEnd, 1), rows.size());
        List<SchemaField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String unit = commonUnit(header, data);
        Set<String> markers = new LinkedHashSet<>(TableSchema.DEFAULT_MISSING_VALUES);
        for (int c = 0; c < header.length; c++) {
            markers.addAll(markersIn(column(data, c)));
        }
        for (int c = 0; c < header.length; c++) {
            List<String> values = column(data, c).stream().filter(v -> !markers.contains(v)).toList();
            String name = Headers.normalize(header[c]);
            if (name.isEmpty()) {
                if (values.isEmpty()) {
                    continue;
                }
                name = "kolom_" + (c + 1);
            }
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + "_" + n;
            }
            String title = header[c].isBlank() ? unique : header[c].strip();
            fields.add(field(unique, title, values, unit));
        }
        List<String> key = new ArrayList<>();
        fields.stream()
            .filter(f -> f.name().equals("id") && unique(column(data, indexOf(header, "id"))))
            .findFirst()
            .ifPresent(id -> key.add(id.name()));
        List<SchemaField> withKey = fields.stream()
            .map(f -> key.contains(f.name()) ? f.withRequired(true) : f)
            .toList();
        return new TableSchema(withKey, key, List.copyOf(markers));
    }

    /**
     * Texts of a column that stand for "no data": made of punctuation only ("***",
     * "(.)"), or a few short texts without digits among numbers ("x", "tt" in a column of
     * counts).
     */
    static Set<String> markersIn(List<String> values) {
        Set<String> found = new LinkedHashSet<>();
        values.stream()
            .filter(v -> v.length() <= TableSchema.MAX_MISSING_LENGTH && PUNCTUATION_ONLY.matcher(v).matches())
            .forEach(found::add);
        long numbers = values.stream().filter(SchemaInference::isNumber).count();
        if (numbers < values.size() && numbers * 10 >= values.size() * 8) {
            values.stream()
                .filter(v -> !isNumber(v) && v.length() <= 4 && v.chars().noneMatch(Character::isDigit))
                .forEach(found::add);
        }
        return found;
    }

    /** The number of rows that form the header (title rows included), at least 1. */
    static int headerEnd(List<String[]> rows) {
        int width = rows.stream().limit(TabularRows.HEADER_SEARCH_ROWS).mapToInt(Headers::filled).max().orElse(0);
        for (int i = 0; i < Math.min(rows.size(), TabularRows.HEADER_SEARCH_ROWS); i++) {
            String[] row = rows.get(i);
            if (Headers.filled(row) * 2 >= width && hasNumber(row) && i > 0) {
                return i;
            }
        }
        return 1;
    }

    private static String[] headerRow(List<String[]> block) {
        String[] last = block.get(block.size() - 1);
        int width = block.stream().mapToInt(Headers::filled).max().orElse(0);
        return Headers.filled(last) >= width && width > 1 ? last : Headers.merge(block);
    }

    private static boolean hasNumber(String[] row) {
        for (String cell : row) {
            if (!Values.isMissing(cell) && isNumber(cell.strip())) {
                return true;
            }
        }
        return false;
    }

    private static SchemaField field(String name, String title, List<String> values, String unit) {
        List<String> tokens = List.of(name.split("_"));
        boolean code = tokens.stream().anyMatch(CODE_TOKENS::contains) || CODE_FIRST.contains(tokens.get(0));
        boolean identifier = !code
                && (IDENTIFIER_FIRST.contains(tokens.get(0)) || tokens.get(tokens.size() - 1).equals("id"));
        if (values.isEmpty()) {
            return new SchemaField(name, title, FieldType.STRING, null, false, FieldRole.DIMENSION);
        }
        if (values.stream().allMatch(SchemaInference::isInteger)) {
            if (YEAR_NAMES.contains(tokens.get(0)) && values.stream().allMatch(SchemaInference::isYear)) {
                return new SchemaField(name, title, FieldType.YEAR, null, false, FieldRole.DIMENSION);
            }
            if (values.stream().anyMatch(SchemaInference::hasLeadingZero)) {
                return new SchemaField(name, title, FieldType.STRING, null, false, FieldRole.DIMENSION);
            }
            if (identifier) {
                return new SchemaField(name, title, FieldType.INTEGER, null, false, FieldRole.DIMENSION);
            }
            if (code) {
                return new SchemaField(name, title, FieldType.STRING, null, false, FieldRole.DIMENSION);
            }
            return new SchemaField(name, title, FieldType.INTEGER, unit, false, FieldRole.MEASURE);
        }
        if (values.stream().allMatch(SchemaInference::isNumber)) {
            // a dotted code (64.02) or a decimal "id" is text, never a measure
            return code || identifier ? new SchemaField(name, title, FieldType.STRING, null, false, FieldRole.DIMENSION)
                    : new SchemaField(name, title, FieldType.NUMBER, unit, false, FieldRole.MEASURE);
        }
        if (values.stream().allMatch(v -> BOOLEANS.contains(v.toLowerCase(Locale.ROOT)))) {
            return new SchemaField(name, title, FieldType.BOOLEAN, null, false, FieldRole.DIMENSION);
        }
        long dates = values.stream()
            .filter(v -> ISO_DATE.matcher(v).matches() || DAY_FIRST.matcher(v).matches())
            .count();
        if (dates * 10 >= values.size() * 9 && values.stream().allMatch(SchemaInference::isDate)) {
            return new SchemaField(name, title, FieldType.DATE, null, false, FieldRole.DIMENSION);
        }
        if (values.stream().allMatch(v -> ISO_DATETIME.matcher(v).matches())) {
            return new SchemaField(name, title, FieldType.DATETIME, null, false, FieldRole.DIMENSION);
        }
        return new SchemaField(name, title, FieldType.STRING, null, false, FieldRole.DIMENSION);
    }

    /** "007" and "-01" are codes; "0" is a number. */
    private static boolean hasLeadingZero(String v) {
        String digits = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
        return digits.length() > 1 && digits.startsWith("0");
    }

    /** The single value of a "satuan" column, as the unit of the measures. */
    private static String commonUnit(String[] header, List<String[]> data) {
        int at = indexOf(header, "satuan");
        if (at < 0) {
            return null;
        }
        Set<String> units = new HashSet<>(column(data, at));
        return units.size() == 1 ? units.iterator().next().toLowerCase(Locale.ROOT) : null;
    }

    private static int indexOf(String[] header, String name) {
        for (int c = 0; c < header.length; c++) {
            if (Headers.normalize(header[c]).equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> column(List<String[]> data, int c) {
        List<String> values = new ArrayList<>();
        if (c < 0) {
            return values;
        }
        for (String[] row : data) {
            if (c < row.length && !Values.isMissing(row[c]) && Headers.filled(row) > 1) {
                values.add(row[c].strip());
            }
        }
        return values;
    }

    private static boolean unique(List<String> values) {
        return !values.isEmpty() && new HashSet<>(values).size() == values.size();
    }

    private static boolean isInteger(String v) {
        try {
            Values.parseLong(v);
            return true;
        }
        catch (Values.BadValue e) {
            return false;
        }
    }

    private static boolean isYear(String v) {
        try {
            int year = Values.parseYear(v);
            return year >= 1900 && year <= 2100;
        }
        catch (Values.BadValue e) {
            return false;
        }
    }

    private static boolean isNumber(String v) {
        try {
            Values.parseNumber(v);
            return true;
        }
        catch (Values.BadValue e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        try {
            Values.parseDate(v);
            return true;
        }
        catch (Values.BadValue e) {
            return false;
        }
    }

}
