package id.satudata.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When the offices are open on a weekday, in the region's time zone; no times: closed.
 */
public record OfficeHours(DayOfWeek day, @Nullable LocalTime opens, @Nullable LocalTime closes) {

    private static final LocalTime OPENING = LocalTime.of(7, 30);

    public static OfficeHours closed(DayOfWeek day) {
        return new OfficeHours(day, null, null);
    }

    /**
     * The usual hours of regional offices: 07:30-16:00 Monday to Thursday, 07:30-16:30
     * Friday, closed at the weekend (also the migration's default).
     */
    public static List<OfficeHours> usual() {
        LocalTime four = LocalTime.of(16, 0);
        return List.of(new OfficeHours(DayOfWeek.MONDAY, OPENING, four),
                new OfficeHours(DayOfWeek.TUESDAY, OPENING, four), new OfficeHours(DayOfWeek.WEDNESDAY, OPENING, four),
                new OfficeHours(DayOfWeek.THURSDAY, OPENING, four),
                new OfficeHours(DayOfWeek.FRIDAY, OPENING, LocalTime.of(16, 30)), closed(DayOfWeek.SATURDAY),
                closed(DayOfWeek.SUNDAY));
    }

    public boolean isOpen() {
        return opens != null && closes != null;
    }

}
