package id.satudata.portal.report.integration;

import static id.satudata.portal.jooq.Tables.DATASET_LOAD;

import id.satudata.portal.datastore.ingest.LoadStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Counts the loads of datasets by outcome, for the report (read only). */
@Repository
class LoadCountRepository {

    private final DSLContext db;

    LoadCountRepository(DSLContext db) {
        this.db = db;
    }

    Map<Long, LoadCounts> countsByDataset(Collection<Long> datasetIds) {
        Map<Long, LoadCounts> counts = new HashMap<>();
        if (datasetIds.isEmpty()) {
            return counts;
        }
        db.select(DATASET_LOAD.DATASET_ID, countOf(LoadStatus.ACCEPTED), countOf(LoadStatus.REJECTED),
                countOf(LoadStatus.FAILED))
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.DATASET_ID.in(datasetIds))
            .groupBy(DATASET_LOAD.DATASET_ID)
            .forEach(r -> counts.put(r.value1(), new LoadCounts(r.value2(), r.value3(), r.value4())));
        return counts;
    }

    private static Field<Long> countOf(LoadStatus status) {
        return DSL.count().filterWhere(DATASET_LOAD.STATUS.eq(status.name())).cast(Long.class);
    }

}
