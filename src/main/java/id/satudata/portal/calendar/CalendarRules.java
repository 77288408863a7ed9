package id.satudata.portal.calendar;

import id.satudata.portal.base.changefeed.ChangeEvent;
import id.satudata.portal.base.changefeed.ChangeHandler;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The current working calendar in the region's time zone (the clock's), read once and
 * kept until it changes: on this instance the service drops it after the changing
 * transaction ends, on every other instance the change feed does. The calendar is public
 * knowledge and needs no caller: due times are counted in it for everyone.
 */
@Component
public class CalendarRules implements ChangeHandler {

    private final CalendarRepository repository;

    private final Clock clock;

    private final AtomicLong generation = new AtomicLong();

    private volatile @Nullable OfficeCalendar cached;

    CalendarRules(CalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public OfficeCalendar current() {
        OfficeCalendar calendar = cached;
        if (calendar != null) {
            return calendar;
        }
        long before = generation.get();
        OfficeCalendar loaded = load();
        // a change that ended while this was loading may not be in it: do not keep it
        // then
        if (generation.get() == before) {
            cached = loaded;
        }
        return loaded;
    }

    /**
     * The calendar as the database holds it now (in the caller's transaction, if any).
     */
    OfficeCalendar load() {
        return new OfficeCalendar(clock.getZone(), repository.officeHours(), repository.closedDays());
    }

    void invalidate() {
        generation.incrementAndGet();
        cached = null;
    }

    @Override
    public String name() {
        return "working-calendar";
    }

    @Override
    public void handle(ChangeEvent event) {
        if (CalendarChanged.FEED_KIND.equals(event.kind())) {
            invalidate();
        }
    }

}
