package id.satudata.portal.base.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way numbers and times are written for a person (grids, previews, charts,
 * counts): the locale's grouping and decimal marks ("7.000.000", "0,000049" in
 * Indonesian; "7,000,000", "0.000049" in English), every significant digit of a value and
 * no scientific notation for ordinary values. Downloads and the API keep machine formats
 * and never go through here.
 */
public final class DisplayFormat {

    /** Beyond these magnitudes a plain number is unreadable; they keep an exponent. */
    private static final double PLAIN_MAX = 1e18;

    private static final double PLAIN_MIN = 1e-9;

    private DisplayFormat() {
    }

    /** A whole number, grouped: "7.000.000". */
    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A number, grouped, with as many decimals as it has (a double holding a whole number
     * shows none: "10.306", not "10306.0").
     */
    public static String number(Number value, Locale locale) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return integer(value.longValue(), locale);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal, locale);
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        double magnitude = Math.abs(d);
        if (magnitude != 0 && (magnitude >= PLAIN_MAX || magnitude < PLAIN_MIN)) {
            return new DecimalFormat("0.######E0", DecimalFormatSymbols.getInstance(locale)).format(d);
        }
        // BigDecimal.valueOf takes the shortest decimal that reads back as this double
        return decimal(BigDecimal.valueOf(d), locale);
    }

    /** A number with a fixed count of decimals: "12,5" with one. */
    public static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value == 0 ? 0 : value);
    }

    /** An instant as a date and a time of day in the region's time zone. */
    public static String dateTime(@Nullable OffsetDateTime at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        return at.atZoneSameInstant(zone)
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    private static String decimal(BigDecimal value, Locale locale) {
        BigDecimal plain = value.stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain.signum() == 0 ? BigDecimal.ZERO : plain);
    }

}
