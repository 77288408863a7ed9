package id.satudata.portal.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Conversions between the instants of the domain and the timestamps of jOOQ. */
final class Times {

    private Times() {
    }

    static OffsetDateTime odt(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime odtOrNull(@Nullable Instant instant) {
        return instant == null ? null : odt(instant);
    }

    static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
