package id.satudata.portal.base.chart;

import id.satudata.portal.base.format.DisplayFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number formats of the chart images in the reader's language: "1.234,5" in Indonesian,
 * "1,234.5" in English; large axis values short ("1,5 jt").
 */
final class ChartNumbers {

    private static final double COMPACT_FROM = 1_000_000;

    private final Locale locale;

    ChartNumbers(Locale locale) {
        this.locale = locale;
    }

    /** A tick label of a scale: grouped, with the decimals the step needs. */
    String tick(double value, NiceScale scale) {
        if (Math.max(Math.abs(scale.min()), Math.abs(scale.max())) >= COMPACT_FROM) {
            return compact(value);
        }
        return fixed(value, scale.decimals());
    }

    /**
     * A value written on a bar or point: short like the ticks when the scale is large.
     */
    String label(double value, NiceScale scale) {
        if (Math.max(Math.abs(scale.min()), Math.abs(scale.max())) >= COMPACT_FROM) {
            return compact(value);
        }
        return value(value);
    }

    /** A data value: grouped, at most two decimals. */
    String value(double value) {
        if (!Double.isFinite(value)) {
            return DisplayFormat.number(value, locale);
        }
        return DisplayFormat.number(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN), locale);
    }

    /** A share as a percentage with one decimal ("34,5%"). */
    String percent(double share) {
        return DisplayFormat.number(share * 100, 1, locale) + "%";
    }

    String fixed(double value, int decimals) {
        return DisplayFormat.number(value, decimals, locale);
    }

    String compact(double value) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

}
