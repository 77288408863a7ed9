package id.satudata.portal.report;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.TimeStandard;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words of a document in its language: bundle texts, dates ("23 November 2026"),
 * numbers ("1.234,5"), time standards ("1-3 hari") and role names.
 */
public final class ReportTexts {

    private final MessageSource messages;

    private final Locale locale;

    public ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The page label pattern of the language, "Halaman {0} dari {1}". */
    public String pageLabel() {
        return messages.getMessage("report.page", null, locale);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** Date and time with the zone's short name, "23 November 2026 10.15 WITA". */
    public String dateTime(ZonedDateTime time) {
        String pattern = locale.getLanguage().equals("en") ? "d MMMM yyyy, HH:mm zzz" : "d MMMM yyyy HH.mm zzz";
        return DateTimeFormatter.ofPattern(pattern, locale).format(time);
    }

    /** A short date and time for table cells, "23/11/2026 10.15". */
    public String shortDateTime(ZonedDateTime time) {
        String pattern = locale.getLanguage().equals("en") ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy HH.mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(time);
    }

    /** A duration in days, hours and minutes, "2 hari 3 jam", "45 menit". */
    public String duration(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        StringBuilder text = new StringBuilder();
        if (d.toDays() > 0) {
            text.append(get("report.duration.days", d.toDays()));
        }
        if (d.toHoursPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(get("report.duration.hours", d.toHoursPart()));
        }
        if (d.toDays() == 0 && (d.toMinutesPart() > 0 || text.isEmpty())) {
            text.append(text.isEmpty() ? "" : " ").append(get("report.duration.minutes", d.toMinutesPart()));
        }
        return text.toString();
    }

    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String timeStandard(TimeStandard standard) {
        String amount = standard.isRange() ? standard.min() + "-" + standard.max() : Integer.toString(standard.min());
        return get("report.time." + standard.unit().name(), amount, standard.max());
    }

    public String role(Role role) {
        return get("role." + role.name());
    }

}
