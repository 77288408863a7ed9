package id.satudata.portal.datastore;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * How often a dataset is expected to get new data; dashboards compute freshness from it.
 */
public enum UpdateFrequency {

    DAILY(Period.ofDays(1)), WEEKLY(Period.ofWeeks(1)), MONTHLY(Period.ofMonths(1)), QUARTERLY(Period.ofMonths(3)),
    YEARLY(Period.ofYears(1)), IRREGULAR(null);

    private final @Nullable Period interval;

    UpdateFrequency(@Nullable Period interval) {
        this.interval = interval;
    }

    /** The expected time between loads, or null when there is none. */
    public @Nullable Period interval() {
        return interval;
    }

}
