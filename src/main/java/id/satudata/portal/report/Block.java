package id.satudata.portal.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link ReportDocument}, in reading order. Every writer draws every kind.
 */
public sealed interface Block {

    /** A section heading; level 1 to 3. */
    record Heading(int level, String text) implements Block {

        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level must be 1 to 3: " + level);
            }
        }
    }

    /** A paragraph of running text, or a smaller note. */
    record Paragraph(String text, Style style) implements Block {

        /** How a paragraph looks. */
        public enum Style {

            NORMAL,
            /** Smaller, grey, italic: explanations, sources, "generated on". */
            NOTE

        }
    }

    /**
     * Identification table: a label and a value per row (code, OPD, application, dates).
     */
    record KeyValues(List<KeyValue> rows) implements Block {

        public KeyValues {
            rows = List.copyOf(rows);
        }
    }

    /** One row of a {@link KeyValues} table. */
    record KeyValue(String key, Cell value) {

        public static KeyValue of(String key, String value) {
            return new KeyValue(key, Cell.text(value));
        }
    }

    /**
     * A data table whose header row repeats on every page it spans; its rows never lose a
     * cell's text at a page break.
     *
     * @param sheetName name of its worksheet in XLSX (null: from the caption)
     */
    record Table(@Nullable String caption, List<Column> columns, List<List<Cell>> rows,
            @Nullable String sheetName) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "A row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A column of a {@link Table}: header text, relative width and alignment.
     */
    record Column(String header, double weight, Align align) {

        public Column {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Column weight must be positive");
            }
        }

        public static Column of(String header, double weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column numeric(String header, double weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    /** Horizontal alignment of a column's cells. */
    enum Align {

        LEFT, CENTER, RIGHT

    }

    /**
     * A picture (a chart drawn by {@code chart.ChartImageRenderer}) scaled to the text
     * width, with its caption under it.
     *
     * @param png the image file
     * @param width its width in pixels (the height follows from the ratio)
     */
    record Figure(byte[] png, int width, int height, String caption) implements Block {

        public Figure {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("Figure size must be positive");
            }
        }
    }

    /**
     * Signature block: place and date over the right column, then one column per official
     * with the role, room to sign, name and employee number.
     */
    record Signatures(String placeAndDate, List<Signatory> signatories) implements Block {

        public Signatures {
            signatories = List.copyOf(signatories);
            if (signatories.isEmpty() || signatories.size() > 2) {
                throw new IllegalArgumentException("A signature block has one or two officials");
            }
        }
    }

    /**
     * An official who signs: a line above the role ("Mengetahui,"), the role, the name
     * and the id line ("NIP. ...").
     */
    record Signatory(String preamble, String role, String name, String idLine) {
    }

    /** Starts a new page. */
    record PageBreak() implements Block {
    }

}
