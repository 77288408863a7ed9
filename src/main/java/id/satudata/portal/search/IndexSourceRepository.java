package id.satudata.portal.search;

import static id.satudata.portal.jooq.Tables.CATALOG_TOPIC;
import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_METADATA;
import static id.satudata.portal.jooq.Tables.DATASET_TAG;
import static id.satudata.portal.jooq.Tables.OPD;
import static id.satudata.portal.jooq.Tables.SEARCH_INDEX_IDENTITY;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads datasets with their OPD, metadata and tags as the index needs them. */
@Repository
class IndexSourceRepository {

    private static final int MAX_YEARS = 60;

    private static final Field<String[]> TAGS = DSL
        .field(DSL.select(DSL.arrayAgg(DATASET_TAG.TAG).orderBy(DATASET_TAG.TAG))
            .from(DATASET_TAG)
            .where(DATASET_TAG.DATASET_ID.eq(DATASET.ID)))
        .as("tags");

    private static final Field<String> FINGERPRINT = DSL.md5(DSL.concat(DATASET.VISIBILITY, DSL.inline("|"),
            DATASET.UPDATED_AT.cast(String.class), DSL.inline("|"), DATASET.ROW_COUNT.cast(String.class),
            DSL.inline("|"), DSL.coalesce(DATASET_METADATA.UPDATED_AT.cast(String.class), DSL.inline("-")),
            DSL.inline("|"), DSL.coalesce(DATASET_METADATA.RELEASED_AT.cast(String.class), DSL.inline("-")),
            DSL.inline("|"), OPD.NAME, OPD.CODE))
        .as("fingerprint");

    private final DSLContext db;

    /**
     * The statement of {@link #released}, rendered once: it runs for every public search
     * and every keystroke in a search box, and rendering it anew took the JVM more time
     * than running it (profiled: about three quarters of the call).
     */
    private final String releasedSql;

    IndexSourceRepository(DSLContext db) {
        this.db = db;
        this.releasedSql = db.select(DATASET.ID)
            .from(DATASET)
            .where(DATASET.ID.eq(DSL.any(DSL.val(new Long[0]))))
            .and(DATASET.VISIBILITY.eq(DSL.inline("PUBLIC")))
            .getSQL();
    }

    /** Every dataset, streamed in id order. */
    @Transactional(readOnly = true)
    public void all(Consumer<DatasetDocument> sink) {
        try (var cursor = select(DSL.noCondition()).orderBy(DATASET.ID).fetchSize(1000).fetchLazy()) {
            cursor.forEach(r -> sink.accept(document(r)));
        }
    }

    @Transactional(readOnly = true)
    public Optional<DatasetDocument> find(long id) {
        return select(DATASET.ID.eq(id)).fetchOptional(IndexSourceRepository::document);
    }

    /** The datasets with these ids (those that exist). */
    @Transactional(readOnly = true)
    public void find(java.util.Collection<Long> ids, Consumer<DatasetDocument> sink) {
        select(DATASET.ID.in(ids)).fetch().forEach(r -> sink.accept(document(r)));
    }

    /** The fingerprint of every dataset, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> fingerprints() {
        Map<Long, String> prints = new HashMap<>();
        db.select(DATASET.ID, FINGERPRINT)
            .from(DATASET)
            .join(OPD)
            .on(OPD.ID.eq(DATASET.OPD_ID))
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.DATASET_ID.eq(DATASET.ID))
            .fetch()
            .forEach(r -> prints.put(r.value1(), r.value2()));
        return prints;
    }

    /**
     * The ids among these of datasets released now: one primary-key lookup, the ids as a
     * single array parameter (one statement text whatever the page size), no transaction
     * around the single read.
     */
    public List<Long> released(List<Long> ids) {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(releasedSql)) {
                statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                List<Long> released = new ArrayList<>(ids.size());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        released.add(rows.getLong(1));
                    }
                }
                return released;
            }
        });
    }

    @Transactional(readOnly = true)
    public long count() {
        return db.fetchCount(DATASET);
    }

    /** The identity of this database, kept in the index's commit data. */
    @Transactional(readOnly = true)
    public String databaseIdentity() {
        return db.select(SEARCH_INDEX_IDENTITY.UUID).from(SEARCH_INDEX_IDENTITY).fetchSingle().value1().toString();
    }

    private org.jooq.SelectConditionStep<? extends Record> select(Condition where) {
        return db
            .select(DATASET.ID, DATASET.OPD_ID, OPD.CODE, OPD.NAME, DATASET.SLUG, DATASET.TITLE, DATASET.DESCRIPTION,
                    DATASET.VISIBILITY, DATASET.ROW_COUNT, DATASET.UPDATED_AT, CATALOG_TOPIC.CODE,
                    CATALOG_TOPIC.NAME_ID, CATALOG_TOPIC.NAME_EN, DATASET_METADATA.KEYWORDS,
                    DATASET_METADATA.PERIOD_START, DATASET_METADATA.PERIOD_END, DATASET_METADATA.RELEASED_AT,
                    DATASET_METADATA.UPDATED_AT, TAGS, FINGERPRINT)
            .from(DATASET)
            .join(OPD)
            .on(OPD.ID.eq(DATASET.OPD_ID))
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.DATASET_ID.eq(DATASET.ID))
            .leftJoin(CATALOG_TOPIC)
            .on(CATALOG_TOPIC.ID.eq(DATASET_METADATA.TOPIC_ID))
            .where(where);
    }

    private static DatasetDocument document(Record r) {
        String[] tags = r.get(TAGS);
        String[] keywords = r.get(DATASET_METADATA.KEYWORDS);
        String topic = r.get(CATALOG_TOPIC.CODE);
        OffsetDateTime released = r.get(DATASET_METADATA.RELEASED_AT);
        OffsetDateTime changed = r.get(DATASET.UPDATED_AT);
        OffsetDateTime metadataChanged = r.get(DATASET_METADATA.UPDATED_AT);
        if (metadataChanged != null && metadataChanged.isAfter(changed)) {
            changed = metadataChanged;
        }
        return new DatasetDocument(r.get(DATASET.ID), r.get(DATASET.OPD_ID), r.get(OPD.CODE), r.get(OPD.NAME),
                r.get(DATASET.SLUG), r.get(DATASET.TITLE), r.get(DATASET.DESCRIPTION), r.get(DATASET.VISIBILITY), topic,
                topic == null ? null : r.get(CATALOG_TOPIC.NAME_ID) + " " + r.get(CATALOG_TOPIC.NAME_EN),
                tags == null ? List.of() : Arrays.asList(tags), keywords == null ? List.of() : Arrays.asList(keywords),
                r.get(DATASET.ROW_COUNT) > 0 ? List.of("CSV", "JSON", "XLSX") : List.of(),
                years(r.get(DATASET_METADATA.PERIOD_START), r.get(DATASET_METADATA.PERIOD_END)), released,
                released != null ? released : changed, r.get(FINGERPRINT));
    }

    private static List<Integer> years(Integer start, Integer end) {
        if (start == null && end == null) {
            return List.of();
        }
        int from = start != null ? start : end;
        int to = end != null ? end : start;
        List<Integer> years = new ArrayList<>();
        IntStream.rangeClosed(Math.max(from, to - MAX_YEARS + 1), to).forEach(years::add);
        return years;
    }

}
