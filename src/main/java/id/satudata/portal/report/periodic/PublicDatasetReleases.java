package id.satudata.portal.report.periodic;

import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_LOAD;
import static id.satudata.portal.jooq.Tables.DATASET_METADATA;
import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Released datasets: PUBLIC visibility, released at the catalogue's release date, or for
 * datasets made public outside a walidata release, when their first load was accepted.
 */
@Repository
class PublicDatasetReleases implements ReleasedDatasets {

    private final DSLContext db;

    PublicDatasetReleases(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<PeriodicFacts.ReleasedDataset> releasedBy(Instant start, Instant end) {
        var firstData = DSL.coalesce(DSL.min(DATASET_METADATA.RELEASED_AT), DSL.min(DATASET_LOAD.FINISHED_AT));
        OffsetDateTime from = start.atOffset(ZoneOffset.UTC);
        OffsetDateTime until = end.atOffset(ZoneOffset.UTC);
        return db.select(DATASET.TITLE, OPD.SHORT_NAME, firstData.as("first_data"), DATASET.ROW_COUNT)
            .from(DATASET)
            .join(OPD)
            .on(OPD.ID.eq(DATASET.OPD_ID))
            .join(DATASET_LOAD)
            .on(DATASET_LOAD.DATASET_ID.eq(DATASET.ID))
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.DATASET_ID.eq(DATASET.ID))
            .where(DATASET.VISIBILITY.eq(Visibility.PUBLIC.name()))
            .and(DATASET_LOAD.STATUS.eq(LoadStatus.ACCEPTED.name()))
            .groupBy(DATASET.ID, DATASET.TITLE, OPD.SHORT_NAME, DATASET.ROW_COUNT)
            .having(firstData.lt(until))
            .orderBy(firstData, DATASET.TITLE)
            .fetch(r -> new PeriodicFacts.ReleasedDataset(r.value1(), r.value2(), r.value3().toInstant(), r.value4(),
                    !r.value3().isBefore(from)));
    }

}
