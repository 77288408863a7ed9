package id.satudata.portal.datastore.ingest;

/**
 * Characters a person cannot see that would make a stored value differ from the one they
 * type: a byte-order mark anywhere but the start of a body (two exports concatenated),
 * zero-width spaces and word joiners, and no-break spaces (removed around a value, a
 * plain space inside: "Kutai Barat" as a person types it). Cleaned from every value
 * before it is read, so that {@code \ufeff6401} is stored as {@code 6401}.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The value without invisible characters (the same instance when it has none). */
    public static String clean(String text) {
        if (!hasAny(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (noBreakSpace(c)) {
                kept.append(' ');
            }
            else if (!invisible(c)) {
                kept.append(c);
            }
        }
        return kept.toString().strip();
    }

    private static boolean hasAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (invisible(text.charAt(i)) || noBreakSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * BOM, zero-width space, zero-width (non-)joiner, word joiner. The joiners shape some
     * scripts inside words, but codes and names in these tables are Latin.
     */
    private static boolean invisible(char c) {
        return c == '\ufeff' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060';
    }

    /**
     * No-break spaces (and the narrow and figure spaces) that {@link String#strip} keeps.
     */
    private static boolean noBreakSpace(char c) {
        return c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }

}
