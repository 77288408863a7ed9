package id.satudata.portal.datastore.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Column names as people write them, turned into field names. */
public final class Headers {

    private Headers() {
    }

    /** "Kelompok Usia " -> "kelompok_usia"; "No." -> "no"; "2017" -> "k_2017". */
    public static String normalize(String header) {
        String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String name = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return "";
        }
        if (!Character.isLetter(name.charAt(0))) {
            name = "k_" + name;
        }
        return name.length() > 55 ? name.substring(0, 55).replaceAll("_+$", "") : name;
    }

    /**
     * Merges header rows written over several lines (a BPS table export) column by
     * column.
     */
    public static String[] merge(List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        String[] merged = new String[width];
        for (int c = 0; c < width; c++) {
            StringBuilder text = new StringBuilder();
            for (String[] row : rows) {
                if (c < row.length && !row[c].isBlank()) {
                    text.append(text.isEmpty() ? "" : " ").append(row[c].strip());
                }
            }
            merged[c] = text.toString();
        }
        return merged;
    }

    public static int filled(String[] row) {
        int n = 0;
        for (String cell : row) {
            if (!cell.isBlank()) {
                n++;
            }
        }
        return n;
    }

}
