package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.base.format.DisplayFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers and times as the dashboard writes them, in the page language. */
record DashFormat(Component owner, ZoneId zone) {

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        com.vaadin.flow.component.UI ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.forLanguageTag("id") : ui.getLocale();
    }

    String number(long value) {
        return DisplayFormat.integer(value, locale());
    }

    String time(@Nullable OffsetDateTime at) {
        if (at == null) {
            return t("dashboard.never");
        }
        return DisplayFormat.dateTime(at, zone, locale());
    }

}
