package id.satudata.portal.region;

import id.satudata.portal.base.error.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the region import file: UTF-8 (a BOM is allowed), comma or semicolon separated
 * (taken from the header line), quoted fields, any line ends. Columns by header name:
 * {@code tingkat} (or {@code level}), {@code kode_kemendagri}, {@code kode_bps},
 * {@code nama} (or {@code name}).
 */
final class RegionCsv {

    /** One data line: its number in the file (the header is line 1) and its cells. */
    record Line(int number, String level, String kemendagri, String bps, String name) {
    }

    private RegionCsv() {
    }

    static List<Line> read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> records = records(text, delimiter(text));
        if (records.isEmpty()) {
            throw new ValidationException("file", "region.import.error.empty");
        }
        Map<String, Integer> columns = columns(records.getFirst());
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new Line(i + 1, cell(cells, columns.get("level")), cell(cells, columns.get("kemendagri")),
                    cell(cells, columns.get("bps")), cell(cells, columns.get("name"))));
        }
        if (lines.isEmpty()) {
            throw new ValidationException("file", "region.import.error.empty");
        }
        return lines;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
        }
        catch (CharacterCodingException e) {
            throw new ValidationException("file", "region.import.error.encoding");
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "tingkat", "level" -> columns.put("level", i);
                case "kode_kemendagri" -> columns.put("kemendagri", i);
                case "kode_bps" -> columns.put("bps", i);
                case "nama", "name" -> columns.put("name", i);
                default -> {
                    // other columns are ignored
                }
            }
        }
        if (!columns.containsKey("level") || !columns.containsKey("name")
                || !(columns.containsKey("kemendagri") || columns.containsKey("bps"))) {
            throw new ValidationException("file", "region.import.error.header");
        }
        return columns;
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() ? "" : cells.get(column);
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** RFC 4180 records, also accepting LF and CR-only line ends. */
    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            }
            else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            }
            else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
            }
            else {
                cell.append(c);
                any = true;
            }
        }
        if (any || !cell.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

}
