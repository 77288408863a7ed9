package id.satudata.portal.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A holiday as the administrator enters it; the service validates every part. */
public record NewHoliday(@Nullable LocalDate day, @Nullable HolidayKind kind, @Nullable String name,
        @Nullable String source) {
}
