package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the registry's views say times, durations, standards and statuses, in the UI's
 * language and the region's time zone.
 */
final class RegistryFormat {

    private final Component host;

    private final ZoneId zone;

    private final DateTimeFormatter dateTime;

    private final DateTimeFormatter date;

    RegistryFormat(Component host, ZoneId zone) {
        this.host = host;
        this.zone = zone;
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.getDefault() : ui.getLocale();
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    String t(String key, Object... args) {
        return host.getTranslation(key, args);
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone));
    }

    String date(@Nullable Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(zone));
    }

    /** The two largest units: "3 hari 4 jam", "45 menit". */
    String duration(@Nullable Duration duration) {
        if (duration == null) {
            return "";
        }
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(t("registry.duration.days", d.toDays()));
        }
        if (d.toHoursPart() > 0) {
            parts.add(t("registry.duration.hours", d.toHoursPart()));
        }
        if (d.toDays() == 0 && (d.toMinutesPart() > 0 || parts.isEmpty())) {
            parts.add(t("registry.duration.minutes", d.toMinutesPart()));
        }
        return String.join(" ", parts.subList(0, Math.min(2, parts.size())));
    }

    String standard(@Nullable TimeStandard standard) {
        if (standard == null) {
            return "";
        }
        String amount = standard.isRange() ? standard.min() + "-" + standard.max() : String.valueOf(standard.min());
        return t("registry.standard." + standard.unit().name(), amount);
    }

    /** "Tervalidasi", "Dalam proses", "Dikembalikan ke langkah 3". */
    String status(Integration integration) {
        if (integration.returned() != null) {
            return t("registry.status.RETURNED", String.valueOf(integration.returned().toStep()));
        }
        return t("registry.status." + integration.status().name());
    }

    String role(@Nullable Role role) {
        return role == null ? "" : t("role." + role.name());
    }

    String template(String code) {
        return t("sop.template." + code);
    }

    String outcome(@Nullable Outcome outcome) {
        return outcome == null ? "" : t("registry.outcome." + outcome.name());
    }

    String size(long bytes) {
        return bytes < 1024 ? bytes + " B"
                : bytes < 1024 * 1024 ? "%.0f KB".formatted(bytes / 1024.0) : "%.1f MB".formatted(bytes / 1048576.0);
    }

}
