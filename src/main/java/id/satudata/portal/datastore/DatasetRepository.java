package id.satudata.portal.datastore;

import static id.satudata.portal.jooq.Tables.DATASET;

import id.satudata.portal.datastore.schema.SchemaJson;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.jooq.tables.records.DatasetRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Dataset records (the typed data tables are {@link DataTables}'). */
@Repository
public class DatasetRepository {

    private final DSLContext db;

    DatasetRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Dataset> findById(long id) {
        return db.selectFrom(DATASET).where(DATASET.ID.eq(id)).fetchOptional(DatasetRepository::toDataset);
    }

    public Optional<Dataset> findBySlug(String slug) {
        return db.selectFrom(DATASET).where(DATASET.SLUG.eq(slug)).fetchOptional(DatasetRepository::toDataset);
    }

    /**
     * Locks the dataset's row: loads and schema changes of one dataset run one at a time.
     */
    public Dataset lock(long id) {
        return db.selectFrom(DATASET).where(DATASET.ID.eq(id)).forUpdate().fetchSingle(DatasetRepository::toDataset);
    }

    /**
     * Locks the dataset's row like {@link #lock}, waiting at most {@code wait} for the
     * load that holds it; empty when it is still held.
     */
    Optional<Dataset> lockWaiting(long id, java.time.Duration wait) {
        db.execute("set local lock_timeout = " + wait.toMillis());
        Dataset locked;
        try {
            locked = lock(id);
        }
        catch (RuntimeException e) {
            // the transaction is aborted: the caller's exception rolls it back
            if (lockNotAvailable(e)) {
                return Optional.empty();
            }
            throw e;
        }
        db.execute("set local lock_timeout to default");
        return Optional.of(locked);
    }

    /** PostgreSQL's "lock_not_available" (55P03), whichever wrapper carries it. */
    private static boolean lockNotAvailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The datasets a caller sees, optionally of one OPD, by title. */
    List<Dataset> find(DatasetAccess.Visible visible, @Nullable Long opdId) {
        Condition seen = visible.all() ? DSL.noCondition()
                : DATASET.VISIBILITY.in(visible.visibilities().stream().map(Visibility::name).toList());
        if (visible.ownOpdId() != null) {
            seen = seen.or(DATASET.OPD_ID.eq(visible.ownOpdId()));
        }
        return db.selectFrom(DATASET)
            .where(seen)
            .and(opdId == null ? DSL.noCondition() : DATASET.OPD_ID.eq(opdId))
            .orderBy(DATASET.TITLE, DATASET.ID)
            .fetch(DatasetRepository::toDataset);
    }

    boolean slugTaken(String slug) {
        return db.fetchExists(DATASET, DATASET.SLUG.eq(slug));
    }

    Dataset insert(DatasetDraft draft, OffsetDateTime now) {
        return toDataset(db.insertInto(DATASET)
            .set(DATASET.OPD_ID, draft.opdId())
            .set(DATASET.INTEGRATION_ID, draft.integrationId())
            .set(DATASET.SLUG, draft.slug())
            .set(DATASET.TITLE, draft.title())
            .set(DATASET.DESCRIPTION, draft.description())
            .set(DATASET.UPDATE_FREQUENCY, draft.updateFrequency().name())
            .set(DATASET.VISIBILITY, draft.visibility().name())
            .set(DATASET.CREATED_AT, now)
            .set(DATASET.UPDATED_AT, now)
            .returning()
            .fetchSingle());
    }

    void update(long id, DatasetDraft draft, OffsetDateTime now) {
        db.update(DATASET)
            .set(DATASET.OPD_ID, draft.opdId())
            .set(DATASET.INTEGRATION_ID, draft.integrationId())
            .set(DATASET.SLUG, draft.slug())
            .set(DATASET.TITLE, draft.title())
            .set(DATASET.DESCRIPTION, draft.description())
            .set(DATASET.UPDATE_FREQUENCY, draft.updateFrequency().name())
            .set(DATASET.VISIBILITY, draft.visibility().name())
            .set(DATASET.UPDATED_AT, now)
            .where(DATASET.ID.eq(id))
            .execute();
    }

    void updateSchema(long id, TableSchema schema, OffsetDateTime now) {
        db.update(DATASET)
            .set(DATASET.TABLE_SCHEMA, SchemaJson.jsonb(schema))
            .set(DATASET.SCHEMA_VERSION, DATASET.SCHEMA_VERSION.plus(1))
            .set(DATASET.DATA_VERSION, DATASET.DATA_VERSION.plus(1))
            .set(DATASET.UPDATED_AT, now)
            .where(DATASET.ID.eq(id))
            .execute();
    }

    public void recordLoad(long id, long rowCount, OffsetDateTime at) {
        db.update(DATASET)
            .set(DATASET.ROW_COUNT, rowCount)
            .set(DATASET.LAST_LOAD_AT, at)
            .set(DATASET.DATA_VERSION, DATASET.DATA_VERSION.plus(1))
            .where(DATASET.ID.eq(id))
            .execute();
    }

    private static Dataset toDataset(DatasetRecord r) {
        return new Dataset(r.getId(), r.getOpdId(), r.getIntegrationId(), r.getSlug(), r.getTitle(), r.getDescription(),
                UpdateFrequency.valueOf(r.getUpdateFrequency()), Visibility.valueOf(r.getVisibility()),
                SchemaJson.fromJsonb(r.getTableSchema()), r.getSchemaVersion(), r.getRowCount(), r.getLastLoadAt(),
                r.getDataVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }

}
