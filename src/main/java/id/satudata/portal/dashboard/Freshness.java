package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.Dataset;
import java.time.OffsetDateTime;
import java.time.Period;

/** Whether a dataset's last load is recent enough for its update frequency. */
public enum Freshness {

    /** Loaded within its expected interval. */
    FRESH,
    /** The expected next load is overdue. */
    STALE,
    /** No data loaded yet. */
    NEVER,
    /** Irregular updates: no expectation. */
    IRREGULAR;

    /** Grace on top of the interval before a dataset counts as stale. */
    static final double GRACE = 0.1;

    public static Freshness of(Dataset dataset, OffsetDateTime now) {
        OffsetDateTime last = dataset.lastLoadAt();
        if (last == null) {
            return NEVER;
        }
        Period interval = dataset.updateFrequency().interval();
        if (interval == null) {
            return IRREGULAR;
        }
        OffsetDateTime due = last.plus(interval);
        long graceSeconds = (long) (java.time.Duration.between(last, due).getSeconds() * GRACE);
        return now.isAfter(due.plusSeconds(graceSeconds)) ? STALE : FRESH;
    }

}
