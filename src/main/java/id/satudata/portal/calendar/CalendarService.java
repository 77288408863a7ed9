package id.satudata.portal.calendar;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.base.changefeed.ChangeFeed;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The administrator's upkeep of the working calendar: holidays per year and office hours
 * per weekday. Every change is announced (change feed, {@link CalendarChanged}) in its
 * own transaction, so due times counted in the calendar are recounted with it.
 */
@Service
public class CalendarService {

    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private final CalendarRepository repository;

    private final CalendarRules rules;

    private final CurrentCaller caller;

    private final ChangeFeed feed;

    private final ApplicationEventPublisher events;

    private final AuditLog audit;

    private final Clock clock;

    CalendarService(CalendarRepository repository, CalendarRules rules, CurrentCaller caller, ChangeFeed feed,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.caller = caller;
        this.feed = feed;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holidays of a year, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(int year) {
        requireAdministrator();
        return repository.holidays(year);
    }

    /** The years to choose from: those with holidays, this year and the next. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        requireAdministrator();
        TreeSet<Integer> years = new TreeSet<>(repository.years());
        int now = LocalDate.now(clock).getYear();
        years.add(now);
        years.add(now + 1);
        return List.copyOf(years);
    }

    /** Adds a day the offices are closed; one entry per day. */
    @Transactional
    public Holiday addHoliday(NewHoliday holiday) {
        Caller who = requireAdministrator();
        LocalDate day = holiday.day();
        if (day == null) {
            throw new ValidationException("day", "calendar.error.dayRequired");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new ValidationException("day", "calendar.error.dayRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        if (holiday.kind() == null) {
            throw new ValidationException("kind", "calendar.error.kindRequired");
        }
        String name = required(holiday.name(), "name", 3, 200);
        String source = optional(holiday.source(), "source", 200);
        repository.findOn(day).ifPresent(existing -> {
            throw new ValidationException("day", "calendar.error.duplicate", existing.name());
        });
        long id;
        try {
            id = repository.insert(day, holiday.kind(), name, source);
        }
        catch (DuplicateKeyException e) {
            // added by someone else a moment ago
            throw new ValidationException("day", "calendar.error.duplicate", day);
        }
        changed(who, "holiday.added", day + " " + holiday.kind() + " " + name);
        return new Holiday(id, day, holiday.kind(), name, source);
    }

    /** Removes a holiday: the day becomes a working day again if its weekday is open. */
    @Transactional
    public void removeHoliday(long id) {
        Caller who = requireAdministrator();
        Holiday holiday = repository.find(id).orElseThrow(() -> new NotFoundException("holiday", id));
        repository.delete(id);
        changed(who, "holiday.removed", holiday.day() + " " + holiday.kind() + " " + holiday.name());
    }

    /** The office hours of every weekday, Monday first. */
    @Transactional(readOnly = true)
    public List<OfficeHours> officeHours() {
        requireAdministrator();
        return repository.officeHours();
    }

    /**
     * Sets the office hours of the weekdays given (the others keep theirs); at least one
     * weekday must stay open.
     */
    @Transactional
    public void saveOfficeHours(List<OfficeHours> hours) {
        Caller who = requireAdministrator();
        Map<DayOfWeek, OfficeHours> week = new EnumMap<>(DayOfWeek.class);
        repository.officeHours().forEach(h -> week.put(h.day(), h));
        for (OfficeHours day : hours) {
            validate(day);
            week.put(day.day(), day);
        }
        if (week.values().stream().noneMatch(OfficeHours::isOpen)) {
            throw new ValidationException("hours", "calendar.error.noOpenDay");
        }
        hours.forEach(repository::saveOfficeHours);
        changed(who, "hours.saved", week.values().toString());
    }

    private static void validate(OfficeHours day) {
        String field = "hours-" + day.day().name();
        if ((day.opens() == null) != (day.closes() == null)) {
            throw new ValidationException(field, "calendar.error.hoursBoth");
        }
        if (day.isOpen() && !day.opens().isBefore(day.closes())) {
            throw new ValidationException(field, "calendar.error.hoursOrder");
        }
    }

    /**
     * Announces a change: the feed for other instances, the event for due times (with the
     * calendar as this transaction sees it), and this instance's copy dropped once the
     * transaction has ended either way.
     */
    private void changed(Caller who, String action, String detail) {
        feed.append(CalendarChanged.FEED_KIND, action);
        events.publishEvent(new CalendarChanged(rules.load()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                rules.invalidate();
            }
        });
        audit.operation(who.name(), "calendar." + action, detail);
    }

    private Caller requireAdministrator() {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR);
        return who;
    }

    private static String required(@Nullable String value, String field, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            throw new ValidationException(field, "calendar.error.length", min, max);
        }
        return text;
    }

    private static @Nullable String optional(@Nullable String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new ValidationException(field, "calendar.error.length", 0, max);
        }
        return text.isEmpty() ? null : text;
    }

}
