package id.satudata.portal.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.calendar.CalendarService;
import id.satudata.portal.calendar.OfficeHours;
import id.satudata.portal.ui.FieldErrors;
import id.satudata.portal.ui.Notifications;
import id.satudata.portal.ui.SectionHeading;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Office hours per weekday in the region's time zone; a weekday with both times empty is
 * closed.
 */
class OfficeHoursPanel extends VerticalLayout {

    private final CalendarService calendar;

    private final List<WeekdayRow> rows = new ArrayList<>();

    private final FieldErrors errors = new FieldErrors();

    /** The two pickers of one weekday. */
    private record WeekdayRow(DayOfWeek day, TimePicker opens, TimePicker closes) {

        OfficeHours entered() {
            return new OfficeHours(day, opens.getValue(), closes.getValue());
        }
    }

    OfficeHoursPanel(CalendarService calendar, ZoneId zone) {
        this.calendar = calendar;
        setPadding(false);
        setId("office-hours-section");
        Paragraph hint = new Paragraph(getTranslation("calendar.hours.hint", zone.getId()));
        hint.addClassNames("text-secondary", "m-0");
        VerticalLayout week = new VerticalLayout();
        week.setPadding(false);
        week.setSpacing(false);
        for (OfficeHours day : calendar.officeHours()) {
            week.add(row(day));
        }
        Button save = new Button(getTranslation("calendar.hours.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("office-hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new SectionHeading(getTranslation("calendar.hours")), hint, week, save);
    }

    private HorizontalLayout row(OfficeHours day) {
        String id = day.day().name().toLowerCase(Locale.ROOT);
        Span name = new Span(CalendarTexts.dayName(day.day(), getLocale()));
        name.setWidth("8em");
        TimePicker opens = picker("calendar.hours.opens", "opens-" + id, day.opens());
        TimePicker closes = picker("calendar.hours.closes", "closes-" + id, day.closes());
        rows.add(new WeekdayRow(day.day(), opens, closes));
        errors.add("hours-" + day.day().name(), closes);
        HorizontalLayout row = new HorizontalLayout(name, opens, closes);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private TimePicker picker(String label, String id, @Nullable LocalTime value) {
        TimePicker picker = new TimePicker(getTranslation(label));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setStep(Duration.ofMinutes(15));
        picker.setClearButtonVisible(true);
        picker.setValue(value);
        picker.setWidth("8em");
        return picker;
    }

    private void save() {
        try {
            calendar.saveOfficeHours(rows.stream().map(WeekdayRow::entered).toList());
            errors.clear();
            Notifications.success(getTranslation("calendar.hours.saved"));
        }
        catch (ValidationException e) {
            if (!errors.show(e)) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

}
