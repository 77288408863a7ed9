package id.satudata.portal.report;

import org.jspecify.annotations.Nullable;

/**
 * A table cell: the text shown, the number behind it (written as a number to XLSX) and a
 * mark that makes it stand out.
 */
public record Cell(String text, @Nullable Double number, Mark mark) {

    /** How a cell stands out. */
    public enum Mark {

        NONE,
        /** Bold. */
        STRONG,
        /** Bold and red: "terlambat", rejected loads, returns to step 3. */
        ALERT,
        /** Grey: missing or not applicable. */
        MUTED

    }

    public static Cell text(String text) {
        return new Cell(text, null, Mark.NONE);
    }

    public static Cell marked(String text, Mark mark) {
        return new Cell(text, null, mark);
    }

    /** A number, with the text it is shown as (formatted in the document's language). */
    public static Cell number(double value, String shownAs) {
        return new Cell(shownAs, value, Mark.NONE);
    }

    public Cell withMark(Mark newMark) {
        return new Cell(text, number, newMark);
    }

}
