package id.satudata.portal.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A day the offices are closed, with its name and the decision it comes from. */
public record Holiday(long id, LocalDate day, HolidayKind kind, String name, @Nullable String source) {
}
