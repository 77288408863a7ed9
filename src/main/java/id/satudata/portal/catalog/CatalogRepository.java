package id.satudata.portal.catalog;

import static id.satudata.portal.jooq.Tables.APP_USER;
import static id.satudata.portal.jooq.Tables.CATALOG_EVENT;
import static id.satudata.portal.jooq.Tables.CATALOG_LICENCE;
import static id.satudata.portal.jooq.Tables.CATALOG_TOPIC;
import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_COUNTER;
import static id.satudata.portal.jooq.Tables.DATASET_METADATA;
import static id.satudata.portal.jooq.Tables.DATASET_TAG;

import id.satudata.portal.datastore.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Metadata, tags, the release state of datasets and the catalogue record. The dataset's
 * visibility is written here (release and withdrawal are the catalogue's decisions).
 */
@Repository
class CatalogRepository {

    /**
     * The state of a dataset that release and withdrawal check, read under a row lock.
     */
    record Releasable(long id, long opdId, String title, String description, Visibility visibility, long rowCount) {
    }

    private final DSLContext db;

    CatalogRepository(DSLContext db) {
        this.db = db;
    }

    List<Topic> topics() {
        return db.selectFrom(CATALOG_TOPIC)
            .orderBy(CATALOG_TOPIC.POSITION, CATALOG_TOPIC.CODE)
            .fetch(r -> new Topic(r.getId(), r.getCode(), r.getNameId(), r.getNameEn(), r.getIcon(), r.getPosition()));
    }

    List<Licence> licences() {
        return db.selectFrom(CATALOG_LICENCE)
            .orderBy(CATALOG_LICENCE.POSITION, CATALOG_LICENCE.ID)
            .fetch(r -> new Licence(r.getId(), r.getTitle(), r.getUrl(), r.getIsOpen()));
    }

    Optional<DatasetMetadata> metadata(long datasetId) {
        return db.select(CatalogRows.metadataFields())
            .from(CatalogRows.described())
            .where(DATASET.ID.eq(datasetId))
            .fetchOptional(r -> CatalogRows.metadata(r, datasetId));
    }

    Releasable lock(long datasetId) {
        return db
            .select(DATASET.ID, DATASET.OPD_ID, DATASET.TITLE, DATASET.DESCRIPTION, DATASET.VISIBILITY,
                    DATASET.ROW_COUNT)
            .from(DATASET)
            .where(DATASET.ID.eq(datasetId))
            .forUpdate()
            .fetchSingle(r -> new Releasable(r.value1(), r.value2(), r.value3(), r.value4(),
                    Visibility.valueOf(r.value5()), r.value6()));
    }

    boolean userExists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    boolean exists(long datasetId) {
        return db.fetchExists(DATASET, DATASET.ID.eq(datasetId));
    }

    void save(long datasetId, MetadataDraft draft, @Nullable Long topicId, String licenceId, OffsetDateTime now) {
        db.insertInto(DATASET_METADATA)
            .set(DATASET_METADATA.DATASET_ID, datasetId)
            .set(DATASET_METADATA.UPDATED_AT, now)
            .onConflict(DATASET_METADATA.DATASET_ID)
            .doNothing()
            .execute();
        db.update(DATASET_METADATA)
            .set(DATASET_METADATA.TOPIC_ID, topicId)
            .set(DATASET_METADATA.LICENCE_ID, licenceId)
            .set(DATASET_METADATA.WALIDATA, draft.walidata())
            .set(DATASET_METADATA.PERIOD_START, draft.periodStart())
            .set(DATASET_METADATA.PERIOD_END, draft.periodEnd())
            .set(DATASET_METADATA.MEASURE, draft.measure())
            .set(DATASET_METADATA.UNIT, draft.unit())
            .set(DATASET_METADATA.CONCEPT, draft.concept())
            .set(DATASET_METADATA.DEFINITION, draft.definition())
            .set(DATASET_METADATA.METHODOLOGY, draft.methodology())
            .set(DATASET_METADATA.CLASSIFICATION, draft.classification())
            .set(DATASET_METADATA.ESTIMATION_LEVEL, draft.estimationLevel())
            .set(DATASET_METADATA.CONTACT_NAME, draft.contactName())
            .set(DATASET_METADATA.CONTACT_EMAIL, draft.contactEmail())
            .set(DATASET_METADATA.SOURCE, draft.source())
            .set(DATASET_METADATA.KEYWORDS, draft.keywords().toArray(String[]::new))
            .set(DATASET_METADATA.FEATURED, draft.featured())
            .set(DATASET_METADATA.UPDATED_AT, now)
            .where(DATASET_METADATA.DATASET_ID.eq(datasetId))
            .execute();
        db.deleteFrom(DATASET_TAG).where(DATASET_TAG.DATASET_ID.eq(datasetId)).execute();
        for (String tag : draft.tags()) {
            db.insertInto(DATASET_TAG).set(DATASET_TAG.DATASET_ID, datasetId).set(DATASET_TAG.TAG, tag).execute();
        }
    }

    void release(long datasetId, OffsetDateTime now) {
        db.insertInto(DATASET_METADATA)
            .set(DATASET_METADATA.DATASET_ID, datasetId)
            .set(DATASET_METADATA.RELEASED_AT, now)
            .set(DATASET_METADATA.UPDATED_AT, now)
            .onConflict(DATASET_METADATA.DATASET_ID)
            .doUpdate()
            .set(DATASET_METADATA.RELEASED_AT, now)
            .execute();
        setVisibility(datasetId, Visibility.PUBLIC, now);
    }

    void setVisibility(long datasetId, Visibility visibility, OffsetDateTime now) {
        db.update(DATASET)
            .set(DATASET.VISIBILITY, visibility.name())
            .set(DATASET.UPDATED_AT, now)
            .where(DATASET.ID.eq(datasetId))
            .execute();
    }

    void record(CatalogEvent event) {
        db.insertInto(CATALOG_EVENT)
            .set(CATALOG_EVENT.DATASET_ID, event.datasetId())
            .set(CATALOG_EVENT.KIND, event.kind().name())
            .set(CATALOG_EVENT.USER_ID, event.userId())
            .set(CATALOG_EVENT.ACTOR, event.actor())
            .set(CATALOG_EVENT.ROLE, event.role())
            .set(CATALOG_EVENT.AT, event.at())
            .set(CATALOG_EVENT.NOTE, event.note())
            .execute();
    }

    /** Sets the public counters of a dataset (demo data). */
    void addCounts(long datasetId, long views, long downloads) {
        db.insertInto(DATASET_COUNTER)
            .set(DATASET_COUNTER.DATASET_ID, datasetId)
            .set(DATASET_COUNTER.VIEWS, views)
            .set(DATASET_COUNTER.DOWNLOADS, downloads)
            .onConflict(DATASET_COUNTER.DATASET_ID)
            .doUpdate()
            .set(DATASET_COUNTER.VIEWS, DATASET_COUNTER.VIEWS.plus(views))
            .set(DATASET_COUNTER.DOWNLOADS, DATASET_COUNTER.DOWNLOADS.plus(downloads))
            .execute();
    }

    List<CatalogEvent> events(long datasetId) {
        return db.selectFrom(CATALOG_EVENT)
            .where(CATALOG_EVENT.DATASET_ID.eq(datasetId))
            .orderBy(CATALOG_EVENT.ID.desc())
            .fetch(r -> new CatalogEvent(r.getId(), r.getDatasetId(), CatalogEventKind.valueOf(r.getKind()),
                    r.getUserId(), r.getActor(), r.getRole(), r.getAt(), r.getNote()));
    }

}
