package id.satudata.portal.datastore.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times as the back office shows them (the region's time zone). */
public final class Formats {

    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private Formats() {
    }

    public static String dateTime(@Nullable OffsetDateTime at, Locale locale) {
        if (at == null) {
            return "";
        }
        return at.atZoneSameInstant(ZONE)
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

}
