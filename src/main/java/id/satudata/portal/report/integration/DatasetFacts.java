package id.satudata.portal.report.integration;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.UpdateFrequency;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A dataset of the integration as the report shows it: the dataset, its loads by outcome
 * and how fresh its data is.
 *
 * @param accepted loads whose rows were written
 * @param rejected loads refused for breaking the schema
 * @param failed loads the hub could not finish
 */
record DatasetFacts(Dataset dataset, long accepted, long rejected, long failed, Freshness freshness) {

    /** Whether the data is as recent as the dataset's update frequency promises. */
    enum Freshness {

        /** The last load is within the expected interval. */
        CURRENT,
        /** The last load is older than the expected interval. */
        OVERDUE,
        /** No data was ever loaded. */
        NO_DATA,
        /** The dataset has no schedule (irregular). */
        UNSCHEDULED

    }

    static Freshness freshness(UpdateFrequency frequency, @Nullable OffsetDateTime lastLoad, ZonedDateTime now) {
        if (lastLoad == null) {
            return Freshness.NO_DATA;
        }
        Period interval = frequency.interval();
        if (interval == null) {
            return Freshness.UNSCHEDULED;
        }
        return lastLoad.toZonedDateTime().plus(interval).isBefore(now) ? Freshness.OVERDUE : Freshness.CURRENT;
    }

}
