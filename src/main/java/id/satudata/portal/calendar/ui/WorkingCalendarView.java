package id.satudata.portal.calendar.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.calendar.CalendarService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The working calendar for administrators: the holidays of a year (national, cuti
 * bersama, regional) and the office hours per weekday that SOP time standards count in.
 */
@Route(value = "app/kalender-kerja", layout = BackOfficeLayout.class)
@Menu(title = "calendar.menu", order = 85, icon = "vaadin:calendar")
@RolesAllowed("ADMINISTRATOR")
public class WorkingCalendarView extends VerticalLayout implements HasDynamicTitle {

    public WorkingCalendarView(CalendarService calendar, Clock clock) {
        setId("working-calendar-view");
        Paragraph intro = new Paragraph(getTranslation("calendar.intro"));
        intro.addClassNames("text-secondary", "m-0");
        add(intro, new HolidayPanel(calendar, clock), new OfficeHoursPanel(calendar, clock.getZone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " \u00b7 " + getTranslation("app.name");
    }

}
