package id.satudata.portal.calendar.ui;

import id.satudata.portal.ui.RouteNotAllowedPage;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import id.satudata.portal.calendar.Holiday;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkingCalendarViewTest extends KaribuTest {

    @Autowired
    OpdFixtures fixtures;

    @BeforeEach
    void inIndonesian() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
    }

    private void openAsAdministrator() {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().navigate("app/kalender-kerja");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Holiday> holidays() {
        return _get(Grid.class, spec -> spec.withId("holiday-grid"));
    }

    @SuppressWarnings("unchecked")
    private static void showYear(int year) {
        _get(Select.class, spec -> spec.withId("calendar-year")).setValue(year);
    }

    private static List<String> rows() {
        Grid<Holiday> grid = holidays();
        int size = grid.getGenericDataView().getItems().toList().size();
        return IntStream.range(0, size).mapToObj(i -> GridKt._getFormattedRow(grid, i).toString()).toList();
    }

    @Test
    void theAdministratorSeesTheSeededIdulFitriAndItsCutiBersama() {
        openAsAdministrator();
        _assertOne(WorkingCalendarView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Kalender kerja");
        showYear(2025);
        assertThat(rows()).anySatisfy(row -> assertThat(row).contains("31 Mar 2025", "Idul Fitri 1446 Hijriah",
                "Libur nasional", "SKB 1017/2024"));
        assertThat(rows()).filteredOn(row -> row.contains("Cuti bersama Idul Fitri 1446")).hasSize(4);
        showYear(2026);
        assertThat(rows()).anySatisfy(row -> assertThat(row).contains("21 Mar 2026", "Idul Fitri 1447 Hijriah"));
    }

    @Test
    void theAdministratorAddsARegionalHolidayAndRemovesItAgain() {
        openAsAdministrator();
        _get(DatePicker.class, spec -> spec.withId("holiday-day")).setValue(LocalDate.of(2026, 1, 9));
        _get(TextField.class, spec -> spec.withId("holiday-name")).setValue("Hari Jadi Provinsi (uji tampilan)");
        _get(TextField.class, spec -> spec.withId("holiday-source")).setValue("Perda uji");
        _get(Button.class, spec -> spec.withId("holiday-add")).click();

        NotificationsKt.expectNotifications(
                "Hari Jadi Provinsi (uji tampilan) (Jum, 9 Jan 2026) ditambahkan; tenggat langkah yang berjalan dihitung ulang.");
        assertThat(rows()).anySatisfy(
                row -> assertThat(row).contains("Hari Jadi Provinsi (uji tampilan)", "Libur daerah", "Perda uji"));

        int added = rows().indexOf(rows().stream().filter(r -> r.contains("uji tampilan")).findFirst().orElseThrow());
        Button remove = (Button) GridKt._getCellComponent(holidays(), added, "remove");
        assertThat(remove.getId()).hasValue("holiday-remove-2026-01-09");
        remove.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(rows()).noneSatisfy(row -> assertThat(row).contains("Hari Jadi Provinsi (uji tampilan)"));
    }

    @Test
    void aDayThatIsAlreadyAHolidayIsMarkedOnTheDateField() {
        openAsAdministrator();
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("holiday-day"));
        day.setValue(LocalDate.of(2026, 3, 23));
        _get(TextField.class, spec -> spec.withId("holiday-name")).setValue("Libur daerah uji");
        _get(Button.class, spec -> spec.withId("holiday-add")).click();

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage())
            .isEqualTo("Tanggal ini sudah tercatat sebagai hari libur: Cuti bersama Idul Fitri 1447 Hijriah.");
    }

    @Test
    void officeHoursShowTheUsualWeekAndRefuseAClosingBeforeTheOpening() {
        openAsAdministrator();
        assertThat(_get(TimePicker.class, spec -> spec.withId("opens-friday")).getValue())
            .isEqualTo(LocalTime.of(7, 30));
        assertThat(_get(TimePicker.class, spec -> spec.withId("closes-friday")).getValue())
            .isEqualTo(LocalTime.of(16, 30));
        assertThat(_get(TimePicker.class, spec -> spec.withId("opens-saturday")).getValue()).isNull();
        TimePicker mondayCloses = _get(TimePicker.class, spec -> spec.withId("closes-monday"));
        mondayCloses.setValue(LocalTime.of(7, 0));

        _get(Button.class, spec -> spec.withId("office-hours-save")).click();

        assertThat(mondayCloses.isInvalid()).isTrue();
        assertThat(mondayCloses.getErrorMessage()).isEqualTo("Jam tutup harus setelah jam buka.");
    }

    @Test
    void otherStaffCannotOpenTheCalendar() {
        login(fixtures.staff(Role.TEKNIS));
        UI.getCurrent().navigate("app/kalender-kerja");
        _assertOne(RouteNotAllowedPage.class);
        _assertNone(WorkingCalendarView.class);
    }

}
