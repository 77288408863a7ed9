package id.satudata.portal.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.calendar.CalendarService;
import id.satudata.portal.calendar.Holiday;
import id.satudata.portal.calendar.HolidayKind;
import id.satudata.portal.calendar.NewHoliday;
import id.satudata.portal.ui.FieldErrors;
import id.satudata.portal.ui.Notifications;
import id.satudata.portal.ui.SectionHeading;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The holidays of the chosen year, newest decisions included: a list with removal, and a
 * form that adds a national holiday, a day of cuti bersama or a regional holiday.
 */
class HolidayPanel extends VerticalLayout {

    private final CalendarService calendar;

    private final DateTimeFormatter dayFormat;

    private final Select<Integer> year = new Select<>();

    private final Grid<Holiday> grid = new Grid<>();

    private final Paragraph empty = new Paragraph();

    private final DatePicker day = new DatePicker(getTranslation("calendar.field.day"));

    private final Select<HolidayKind> kind = new Select<>();

    private final TextField name = new TextField(getTranslation("calendar.field.name"));

    private final TextField source = new TextField(getTranslation("calendar.field.source"));

    private final FieldErrors errors = new FieldErrors();

    HolidayPanel(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.dayFormat = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", getLocale());
        setPadding(false);
        setId("holiday-section");
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(calendar.years());
        year.addValueChangeListener(e -> refresh());
        grid.setId("holiday-grid");
        grid.addColumn(h -> dayFormat.format(h.day()))
            .setHeader(getTranslation("calendar.column.day"))
            .setAutoWidth(true);
        grid.addColumn(Holiday::name).setHeader(getTranslation("calendar.column.name")).setFlexGrow(2);
        grid.addColumn(h -> getTranslation("calendar.kind." + h.kind().name()))
            .setHeader(getTranslation("calendar.column.kind"))
            .setAutoWidth(true);
        grid.addColumn(h -> h.source() == null ? "" : h.source())
            .setHeader(getTranslation("calendar.column.source"))
            .setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("holiday-empty");
        add(new SectionHeading(getTranslation("calendar.holidays")), year, grid, empty, addForm());
        year.setValue(LocalDate.now(clock).getYear());
    }

    private HorizontalLayout addForm() {
        day.setId("holiday-day");
        day.setLocale(getLocale());
        day.setI18n(CalendarTexts.datePickerTexts(getLocale())
            .setToday(getTranslation("calendar.picker.today"))
            .setCancel(getTranslation("calendar.picker.cancel")));
        kind.setId("holiday-kind");
        kind.setLabel(getTranslation("calendar.field.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(HolidayKind.REGIONAL);
        name.setId("holiday-name");
        name.setWidth("18em");
        source.setId("holiday-source");
        source.setHelperText(getTranslation("calendar.field.source.helper"));
        errors.add("day", day);
        errors.add("kind", kind);
        errors.add("name", name);
        errors.add("source", source);
        Button add = new Button(getTranslation("calendar.action.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(day, name, kind, source, add);
        form.setId("holiday-form");
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void add() {
        try {
            Holiday added = calendar
                .addHoliday(new NewHoliday(day.getValue(), kind.getValue(), name.getValue(), source.getValue()));
            errors.clear();
            day.clear();
            name.clear();
            source.clear();
            Notifications.success(getTranslation("calendar.added", added.name(), dayFormat.format(added.day())));
            showYear(added.day().getYear());
        }
        catch (ValidationException e) {
            if (!errors.show(e)) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

    private Button removeButton(Holiday holiday) {
        Button remove = new Button(getTranslation("calendar.action.remove"), VaadinIcon.TRASH.create(),
                e -> confirmRemoval(holiday));
        remove.setId("holiday-remove-" + holiday.day());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void confirmRemoval(Holiday holiday) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("calendar.remove.title"),
                getTranslation("calendar.remove.text", holiday.name(), dayFormat.format(holiday.day())),
                getTranslation("calendar.action.remove"), e -> remove(holiday));
        dialog.setId("holiday-remove-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("calendar.picker.cancel"));
        dialog.open();
    }

    private void remove(Holiday holiday) {
        try {
            calendar.removeHoliday(holiday.id());
            Notifications.success(getTranslation("calendar.removed", holiday.name(), dayFormat.format(holiday.day())));
        }
        catch (PortalException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void showYear(int shown) {
        year.setItems(calendar.years());
        year.setValue(shown);
        refresh();
    }

    private void refresh() {
        Integer shown = year.getValue();
        List<Holiday> holidays = shown == null ? List.of() : calendar.holidays(shown);
        grid.setItems(holidays);
        grid.setVisible(!holidays.isEmpty());
        empty.setText(getTranslation("calendar.empty", shown == null ? "" : String.valueOf(shown)));
        empty.setVisible(holidays.isEmpty());
    }

}
