package id.satudata.portal.datastore.schema;

import id.satudata.portal.datastore.ingest.ErrorReason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text of a cell into the typed value of its field, reading values as
 * Indonesian files write them: the schema's missing-value markers ("", "-", "---", ".."
 * ...) for missing, decimal commas, codes written as floats ("3201.0"), Excel serial
 * dates, day-first dates.
 */
public final class Values {

    /** Cell texts that mean "no value" when a schema names none. */
    static final Set<String> MISSING = Set.copyOf(TableSchema.DEFAULT_MISSING_VALUES);

    private static final Pattern INTEGRAL_FLOAT = Pattern.compile("-?\\d+\\.0+");

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final DateTimeFormatter[] DAY_FIRST = { DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu") };

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]xx");

    /** The value could not be read as the field's type. */
    public static final class BadValue extends Exception {

        private final ErrorReason reason;

        private final String value;

        public BadValue(ErrorReason reason, String text) {
            super(null, null, false, false);
            this.reason = reason;
            this.value = abbreviate(text);
        }

        public ErrorReason reason() {
            return reason;
        }

        /** The value as given, cut to 40 characters. */
        public String value() {
            return value;
        }

        @Override
        public String getMessage() {
            return reason.english(List.of(value));
        }

    }

    private final ZoneId zone;

    private final Set<String> missing;

    public Values(ZoneId zone) {
        this(zone, MISSING);
    }

    public Values(ZoneId zone, java.util.Collection<String> missing) {
        this.zone = zone;
        this.missing = Set.copyOf(missing);
    }

    /**
     * Whether the text is one of the default markers (a sample read before any schema).
     */
    static boolean isMissing(@Nullable String text) {
        return text == null || MISSING.contains(text.strip());
    }

    /**
     * Whether the text is one of these values' markers (or blank: an empty cell has no
     * value whatever the markers).
     */
    public boolean missing(@Nullable String text) {
        return text == null || text.isBlank() || missing.contains(text.strip());
    }

    public @Nullable Object parse(SchemaField field, @Nullable String raw) throws BadValue {
        if (missing(raw)) {
            return null;
        }
        String text = raw.strip();
        return switch (field.type()) {
            case STRING -> field.isDimension() && INTEGRAL_FLOAT.matcher(text).matches()
                    ? text.substring(0, text.indexOf('.')) : text;
            case INTEGER -> parseLong(text);
            case YEAR -> parseYear(text);
            case NUMBER -> parseNumber(text);
            case BOOLEAN -> parseBoolean(text);
            case DATE -> parseDate(text);
            case DATETIME -> parseDateTime(text);
        };
    }

    static long parseLong(String text) throws BadValue {
        // the pattern only for what may be a float (it ran for every integer of a load)
        String t = text.indexOf('.') >= 0 && INTEGRAL_FLOAT.matcher(text).matches()
                ? text.substring(0, text.indexOf('.')) : text;
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        }
        catch (NumberFormatException e) {
            throw new BadValue(ErrorReason.NOT_AN_INTEGER, text);
        }
    }

    static int parseYear(String text) throws BadValue {
        long year;
        try {
            year = parseLong(text);
        }
        catch (BadValue e) {
            throw new BadValue(ErrorReason.NOT_A_YEAR, text);
        }
        if (year < 1000 || year > 9999) {
            throw new BadValue(ErrorReason.NOT_A_YEAR, text);
        }
        return (int) year;
    }

    /**
     * Numbers with a decimal point or a decimal comma; with both, the last one is the
     * decimal separator and the other groups thousands.
     */
    static double parseNumber(String text) throws BadValue {
        String t = text.replace(" ", "").replace("\u00A0", "");
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        }
        else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        }
        try {
            double value = Double.parseDouble(t);
            if (Double.isNaN(value) || Double.isInfinite(value) || t.endsWith("d") || t.endsWith("f") || t.endsWith("D")
                    || t.endsWith("F")) {
                throw new NumberFormatException();
            }
            return value;
        }
        catch (NumberFormatException e) {
            throw new BadValue(ErrorReason.NOT_A_NUMBER, text);
        }
    }

    static boolean parseBoolean(String text) throws BadValue {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "ya", "y", "yes", "1", "benar" -> true;
            case "false", "tidak", "t", "n", "no", "0", "salah" -> false;
            default -> throw new BadValue(ErrorReason.NOT_A_BOOLEAN, text);
        };
    }

    static LocalDate parseDate(String text) throws BadValue {
        try {
            if (text.length() >= 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text.substring(0, 10));
            }
        }
        catch (DateTimeParseException e) {
            throw new BadValue(ErrorReason.NOT_A_DATE, text);
        }
        for (DateTimeFormatter format : DAY_FIRST) {
            try {
                return LocalDate.parse(text, format);
            }
            catch (DateTimeParseException next) {
                // try the next format
            }
        }
        Double serial = excelSerial(text);
        if (serial != null) {
            return EXCEL_EPOCH.plusDays((long) Math.floor(serial));
        }
        throw new BadValue(ErrorReason.NOT_A_DATE, text);
    }

    OffsetDateTime parseDateTime(String text) throws BadValue {
        String t = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t);
        }
        catch (DateTimeParseException e) {
            // without offset, or an offset without a colon
        }
        try {
            return OffsetDateTime.parse(t, OFFSET_NO_COLON);
        }
        catch (DateTimeParseException e) {
            // without offset
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
        }
        catch (DateTimeParseException e) {
            // a date alone, or a serial
        }
        Double serial = excelSerial(text);
        if (serial != null) {
            long seconds = Math.round(serial * 86_400);
            return EXCEL_EPOCH.atStartOfDay().plusSeconds(seconds).atZone(zone).toOffsetDateTime();
        }
        if (text.length() == 10) {
            return parseDate(text).atStartOfDay(zone).toOffsetDateTime();
        }
        throw new BadValue(ErrorReason.NOT_A_DATETIME, text);
    }

    /** An Excel serial day number (1900 date system), e.g. 44926.625. */
    static @Nullable Double excelSerial(String text) {
        try {
            double value = Double.parseDouble(text);
            return value >= 1 && value < 2_958_466 ? value : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

}
