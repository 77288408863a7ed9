package id.satudata.portal.portal.ui;

import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.catalog.DatasetSummary;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers, dates and periods as the public pages write them in the visitor's language.
 */
final class PortalFormat {

    private PortalFormat() {
    }

    static String number(long value, Locale locale) {
        return DisplayFormat.integer(value, locale);
    }

    static String date(@Nullable OffsetDateTime at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        return at.atZoneSameInstant(zone)
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** "2015–2024", "2020", or "" without a period. */
    static String period(@Nullable Integer start, @Nullable Integer end) {
        if (start == null) {
            return end == null ? "" : end.toString();
        }
        return end == null || end.equals(start) ? start.toString() : start + "–" + end;
    }

    static String period(DatasetSummary summary) {
        return period(summary.periodStart(), summary.periodEnd());
    }

}
