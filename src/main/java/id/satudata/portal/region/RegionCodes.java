package id.satudata.portal.region;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads region codes in the forms real data has them and turns them into canonical codes
 * of one code system: {@code 64.02}, {@code 6403}, {@code 6403.0} (spreadsheet floats),
 * {@code 3.201190006E9}, {@code "6403"} (quoted), {@code '6403} (spreadsheet text
 * marker), numbers, surrounding spaces. A dotted code is Kemendagri and never read as
 * BPS: stripping its dots would turn Kemendagri 64.02 (Kutai Kartanegara) into BPS 6402
 * (Kutai Barat). Names are never codes.
 */
public final class RegionCodes {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** An integer written as a float, as spreadsheets and pandas exports do. */
    private static final Pattern FLOAT_INTEGER = Pattern.compile("([0-9]+)\\.0+");

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");

    private static final Pattern DOTTED = Pattern.compile("[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?");

    private static final int[] KEMENDAGRI_SEGMENTS = { 2, 2, 2, 4 };

    private RegionCodes() {
    }

    /**
     * The canonical code of a raw value in the given code system, or empty when the value
     * is not a code of that system.
     */
    public static Optional<RegionCode> parse(@Nullable Object raw, CodeSystem system) {
        String text = clean(raw).orElse(null);
        if (text == null) {
            return Optional.empty();
        }
        text = integerForm(text);
        String canonical = switch (system) {
            case BPS -> DIGITS.matcher(text).matches() ? text : null;
            case KEMENDAGRI -> DIGITS.matcher(text).matches() ? dotted(text) : text;
        };
        RegionLevel level = canonical == null ? null : levelOf(system, canonical);
        return level == null ? Optional.empty() : Optional.of(new RegionCode(system, level, canonical));
    }

    /**
     * The value as text, without surrounding spaces, quotes or a spreadsheet's text
     * marker; numbers in plain notation. Empty for null, blank or non-finite values.
     */
    public static Optional<String> clean(@Nullable Object raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw instanceof Number number ? plain(number) : raw.toString();
        if (text == null) {
            return Optional.empty();
        }
        text = strip(text);
        while (text.length() >= 2 && isQuote(text.charAt(0)) && text.charAt(text.length() - 1) == text.charAt(0)) {
            text = strip(text.substring(1, text.length() - 1));
        }
        if (text.startsWith("'")) {
            text = strip(text.substring(1));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The level a canonical code's shape implies in its system, or null when it is not
     * canonical.
     */
    public static @Nullable RegionLevel levelOf(CodeSystem system, String canonical) {
        return switch (system) {
            case BPS -> DIGITS.matcher(canonical).matches() ? bpsLevel(canonical.length()) : null;
            case KEMENDAGRI ->
                DOTTED.matcher(canonical).matches() ? RegionLevel.values()[canonical.split("\\.").length - 1] : null;
        };
    }

    /** How many digits a BPS code of this level has. */
    static int bpsLength(RegionLevel level) {
        return switch (level) {
            case PROVINSI -> 2;
            case KABKOTA -> 4;
            case KECAMATAN -> 7;
            case DESA -> 10;
        };
    }

    private static @Nullable RegionLevel bpsLevel(int length) {
        for (RegionLevel level : RegionLevel.values()) {
            if (bpsLength(level) == length) {
                return level;
            }
        }
        return null;
    }

    /**
     * Undotted Kemendagri digits (6402, 350311) in dotted form; null for lengths no level
     * has.
     */
    private static @Nullable String dotted(String digits) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int segment : KEMENDAGRI_SEGMENTS) {
            if (at == digits.length()) {
                break;
            }
            if (at + segment > digits.length()) {
                return null;
            }
            out.append(at == 0 ? "" : ".").append(digits, at, at + segment);
            at += segment;
        }
        return at == digits.length() ? out.toString() : null;
    }

    private static String integerForm(String text) {
        var floatInteger = FLOAT_INTEGER.matcher(text);
        if (floatInteger.matches()) {
            return floatInteger.group(1);
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            String plain = plain(new BigDecimal(text));
            return plain == null ? text : plain;
        }
        return text;
    }

    private static @Nullable String plain(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        }
        else {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                return null;
            }
            decimal = new BigDecimal(Double.toString(value));
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }

    private static String strip(String text) {
        return text.replace('\u00a0', ' ').replace("\u200b", "").replace("\ufeff", "").strip();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

}
