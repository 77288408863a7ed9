package id.satudata.portal.catalog;

import static id.satudata.portal.jooq.Tables.CATALOG_LICENCE;
import static id.satudata.portal.jooq.Tables.CATALOG_TOPIC;
import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_COUNTER;
import static id.satudata.portal.jooq.Tables.DATASET_METADATA;
import static id.satudata.portal.jooq.Tables.DATASET_TAG;
import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads of the public catalogue. Every query here is restricted to released (PUBLIC)
 * datasets by {@link #RELEASED}; nothing else is ever selected.
 */
@Repository
class PublicCatalogRepository {

    static final Condition RELEASED = DATASET.VISIBILITY.eq(Visibility.PUBLIC.name());

    private final DSLContext db;

    PublicCatalogRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Which released datasets a list shows: those of an OPD (code), a topic (code) and a
     * tag, the featured ones only, and those with given ids; null or false: any.
     */
    record Selection(@Nullable String opdCode, @Nullable String topicCode, @Nullable String tag, boolean featured,
            @Nullable List<Long> ids) {

        static Selection of(@Nullable String opdCode, @Nullable String topicCode, @Nullable String tag) {
            return new Selection(opdCode, topicCode, tag, false, null);
        }

        static Selection featuredOnly() {
            return new Selection(null, null, null, true, null);
        }

        static Selection ids(List<Long> ids) {
            return new Selection(null, null, null, false, List.copyOf(ids));
        }

    }

    List<DatasetSummary> summaries(Selection selection, CatalogOrder order, int offset, int limit) {
        return db.select(CatalogRows.summaryFields())
            .from(CatalogRows.described())
            .where(RELEASED)
            .and(condition(selection))
            .orderBy(order(order))
            .offset(offset)
            .limit(limit)
            .fetch(CatalogRows::summary);
    }

    long count(Selection selection) {
        return count(condition(selection));
    }

    private long count(Condition filter) {
        return db.selectCount().from(CatalogRows.described()).where(RELEASED).and(filter).fetchSingle().value1();
    }

    private static Condition condition(Selection selection) {
        Condition filter = DSL.noCondition();
        if (selection.opdCode() != null) {
            filter = filter.and(OPD.CODE.eq(selection.opdCode()));
        }
        if (selection.topicCode() != null) {
            filter = filter.and(CATALOG_TOPIC.CODE.eq(selection.topicCode()));
        }
        if (selection.tag() != null) {
            filter = filter.and(DSL.exists(DSL.selectOne()
                .from(DATASET_TAG)
                .where(DATASET_TAG.DATASET_ID.eq(DATASET.ID))
                .and(DATASET_TAG.TAG.eq(selection.tag()))));
        }
        if (selection.featured()) {
            filter = filter.and(DATASET_METADATA.FEATURED.isTrue());
        }
        if (selection.ids() != null) {
            filter = filter.and(DATASET.ID.in(selection.ids()));
        }
        return filter;
    }

    Optional<PublicEntry> entryBySlug(String slug) {
        return entry(DATASET.SLUG.eq(slug));
    }

    Optional<PublicEntry> entryById(long id) {
        return entry(DATASET.ID.eq(id));
    }

    Optional<PublicEntry> entryByUuid(UUID uuid) {
        return entry(DATASET.UUID.eq(uuid));
    }

    /** The dataset publishing the resource (CSV, JSON, XLSX or API) with this UUID. */
    Optional<PublicEntry> entryByResource(UUID resourceId) {
        return entry(DATASET.CSV_RESOURCE_UUID.eq(resourceId)
            .or(DATASET.JSON_RESOURCE_UUID.eq(resourceId))
            .or(DATASET.XLSX_RESOURCE_UUID.eq(resourceId))
            .or(DATASET.API_RESOURCE_UUID.eq(resourceId)));
    }

    private Optional<PublicEntry> entry(Condition which) {
        return db.select(CatalogRows.metadataFields())
            .from(CatalogRows.described())
            .where(RELEASED)
            .and(which)
            .fetchOptional(r -> new PublicEntry(CatalogRows.summary(r), CatalogRows.metadata(r, r.get(DATASET.ID))));
    }

    /** One page of a search, in one query; the caller counts separately. */
    List<DatasetSummary> search(CatalogSearch search) {
        return db.select(CatalogRows.summaryFields())
            .from(CatalogRows.described())
            .where(RELEASED)
            .and(CatalogSearchSql.condition(search.filter()))
            .and(CatalogSearchSql.ranked(search.ranked()))
            .orderBy(CatalogSearchSql.order(search.order(), search.ranked()))
            .offset(search.offset())
            .limit(search.limit())
            .fetch(CatalogRows::summary);
    }

    long count(CatalogSearch search) {
        return count(CatalogSearchSql.condition(search.filter()).and(CatalogSearchSql.ranked(search.ranked())));
    }

    /**
     * Counts of one field's values over the datasets a search finds, most frequent first.
     */
    List<FacetCount> facet(CatalogSearch search, CatalogField field, int limit) {
        Condition found = RELEASED.and(CatalogSearchSql.condition(search.filter()))
            .and(CatalogSearchSql.ranked(search.ranked()));
        Field<Integer> count = DSL.count().as("datasets");
        var grouped = switch (field) {
            case ORGANIZATION -> db.select(CatalogSearchSql.OPD_SLUG.as("value"), DSL.max(OPD.NAME).as("label"), count)
                .from(CatalogRows.described())
                .where(found)
                .groupBy(CatalogSearchSql.OPD_SLUG);
            case GROUPS -> db.select(CATALOG_TOPIC.CODE.as("value"), DSL.max(CATALOG_TOPIC.NAME_ID).as("label"), count)
                .from(CatalogRows.described())
                .where(found)
                .and(CATALOG_TOPIC.ID.isNotNull())
                .groupBy(CATALOG_TOPIC.CODE);
            case TAGS -> db.select(DATASET_TAG.TAG.as("value"), DATASET_TAG.TAG.as("label"), count)
                .from(CatalogRows.described().join(DATASET_TAG).on(DATASET_TAG.DATASET_ID.eq(DATASET.ID)))
                .where(found)
                .groupBy(DATASET_TAG.TAG);
            case LICENSE_ID ->
                db.select(CATALOG_LICENCE.ID.as("value"), DSL.max(CATALOG_LICENCE.TITLE).as("label"), count)
                    .from(CatalogRows.described())
                    .where(found)
                    .groupBy(CATALOG_LICENCE.ID);
            default -> throw new IllegalArgumentException("no facet on " + field);
        };
        return grouped.orderBy(count.desc(), DSL.field(DSL.name("value")).asc())
            .limit(limit)
            .fetch(r -> new FacetCount(r.get("value", String.class), r.get("label", String.class), r.get(count)));
    }

    /** Metadata of released datasets by id (one query for a page of them). */
    java.util.Map<Long, DatasetMetadata> metadata(List<Long> ids) {
        return db.select(CatalogRows.metadataFields())
            .from(CatalogRows.described())
            .where(RELEASED)
            .and(DATASET.ID.eq(DSL.any(ids.toArray(Long[]::new))))
            .fetchMap(r -> r.get(DATASET.ID), r -> CatalogRows.metadata(r, r.get(DATASET.ID)));
    }

    /** When the latest released dataset changed; null with none released. */
    @org.jspecify.annotations.Nullable
    OffsetDateTime lastModified() {
        return db.select(DSL.max(CatalogRows.MODIFIED_AT))
            .from(CatalogRows.described())
            .where(RELEASED)
            .fetchSingle()
            .value1();
    }

    /** A summary and metadata read together, before the dataset record is added. */
    record PublicEntry(DatasetSummary summary, DatasetMetadata metadata) {
    }

    List<Counted<Opd>> organisations(boolean includeEmpty) {
        Field<Integer> count = DSL.count(DATASET.ID).as("datasets");
        return db.select(OPD.ID, OPD.CODE, OPD.NAME, OPD.SHORT_NAME, count)
            .from(OPD)
            .leftJoin(DATASET)
            .on(DATASET.OPD_ID.eq(OPD.ID).and(RELEASED))
            .groupBy(OPD.ID)
            .having(includeEmpty ? DSL.noCondition() : DSL.count(DATASET.ID).gt(0))
            .orderBy(OPD.NAME)
            .fetch(r -> new Counted<>(CatalogRows.opd(r), r.get(count)));
    }

    List<Counted<Topic>> topics(boolean includeEmpty) {
        Field<Integer> count = DSL.count(DATASET.ID).as("datasets");
        return db
            .select(CATALOG_TOPIC.ID, CATALOG_TOPIC.CODE, CATALOG_TOPIC.NAME_ID, CATALOG_TOPIC.NAME_EN,
                    CATALOG_TOPIC.ICON, CATALOG_TOPIC.POSITION, count)
            .from(CATALOG_TOPIC)
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.TOPIC_ID.eq(CATALOG_TOPIC.ID))
            .leftJoin(DATASET)
            .on(DATASET.ID.eq(DATASET_METADATA.DATASET_ID).and(RELEASED))
            .groupBy(CATALOG_TOPIC.ID)
            .having(includeEmpty ? DSL.noCondition() : DSL.count(DATASET.ID).gt(0))
            .orderBy(CATALOG_TOPIC.POSITION)
            .fetch(r -> new Counted<>(CatalogRows.topic(r), r.get(count)));
    }

    List<Counted<String>> tags(int limit) {
        Field<Integer> count = DSL.count().as("datasets");
        return db.select(DATASET_TAG.TAG, count)
            .from(DATASET_TAG)
            .join(DATASET)
            .on(DATASET.ID.eq(DATASET_TAG.DATASET_ID))
            .where(RELEASED)
            .groupBy(DATASET_TAG.TAG)
            .orderBy(count.desc(), DATASET_TAG.TAG)
            .limit(limit)
            .fetch(r -> new Counted<>(r.value1(), r.get(count)));
    }

    CatalogStats stats() {
        var r = db
            .select(DSL.count(), DSL.countDistinct(DATASET.OPD_ID), DSL.countDistinct(DATASET_METADATA.TOPIC_ID),
                    DSL.coalesce(DSL.sum(DATASET.ROW_COUNT), DSL.inline(java.math.BigDecimal.ZERO)))
            .from(DATASET)
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.DATASET_ID.eq(DATASET.ID))
            .where(RELEASED)
            .fetchSingle();
        return new CatalogStats(r.value1(), r.value2(), r.value3(), r.value4().longValue());
    }

    List<String> slugs() {
        return db.select(DATASET.SLUG).from(DATASET).where(RELEASED).orderBy(DATASET.SLUG).fetch(r -> r.value1());
    }

    /**
     * Adds one to a counter of a released dataset; false when the dataset is not
     * released.
     */
    boolean count(long datasetId, boolean download) {
        Field<Long> views = DSL.inline(download ? 0L : 1L);
        Field<Long> downloads = DSL.inline(download ? 1L : 0L);
        return db
            .insertInto(DATASET_COUNTER, DATASET_COUNTER.DATASET_ID, DATASET_COUNTER.VIEWS, DATASET_COUNTER.DOWNLOADS)
            .select(DSL.select(DATASET.ID, views, downloads)
                .from(DATASET)
                .where(DATASET.ID.eq(datasetId))
                .and(RELEASED))
            .onConflict(DATASET_COUNTER.DATASET_ID)
            .doUpdate()
            .set(DATASET_COUNTER.VIEWS, DATASET_COUNTER.VIEWS.plus(views))
            .set(DATASET_COUNTER.DOWNLOADS, DATASET_COUNTER.DOWNLOADS.plus(downloads))
            .execute() > 0;
    }

    private static List<SortField<?>> order(CatalogOrder order) {
        return switch (order) {
            case NEWEST -> List.of(DATASET_METADATA.RELEASED_AT.desc().nullsLast(), DATASET.ID.desc());
            case MODIFIED -> List.of(CatalogRows.MODIFIED.desc(), DATASET.ID.desc());
            case MOST_VIEWED ->
                List.of(DSL.coalesce(DATASET_COUNTER.VIEWS, 0L).desc(), DATASET.TITLE.asc(), DATASET.ID.asc());
            case TITLE -> List.of(DATASET.TITLE.asc(), DATASET.ID.asc());
        };
    }

}
