package id.satudata.portal.catalog;

import static id.satudata.portal.jooq.Tables.CATALOG_LICENCE;
import static id.satudata.portal.jooq.Tables.CATALOG_TOPIC;
import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_COUNTER;
import static id.satudata.portal.jooq.Tables.DATASET_METADATA;
import static id.satudata.portal.jooq.Tables.DATASET_TAG;
import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The joins and record mappings the catalogue's repositories share. */
final class CatalogRows {

    static final Field<String[]> TAGS = DSL
        .field(DSL.select(DSL.arrayAgg(DATASET_TAG.TAG).orderBy(DATASET_TAG.TAG))
            .from(DATASET_TAG)
            .where(DATASET_TAG.DATASET_ID.eq(DATASET.ID)))
        .as("tags");

    /** When the dataset or its metadata last changed (CKAN's metadata_modified). */
    static final Field<OffsetDateTime> MODIFIED_AT = DSL.greatest(DATASET.UPDATED_AT,
            DSL.coalesce(DATASET_METADATA.UPDATED_AT, DATASET.UPDATED_AT));

    static final Field<OffsetDateTime> MODIFIED = MODIFIED_AT.as("modified_at");

    private CatalogRows() {
    }

    /**
     * dataset, its OPD, metadata, topic, licence (the default without metadata),
     * counters.
     */
    static TableOnConditionStep<Record> described() {
        return DATASET.join(OPD)
            .on(OPD.ID.eq(DATASET.OPD_ID))
            .leftJoin(DATASET_METADATA)
            .on(DATASET_METADATA.DATASET_ID.eq(DATASET.ID))
            .leftJoin(CATALOG_TOPIC)
            .on(CATALOG_TOPIC.ID.eq(DATASET_METADATA.TOPIC_ID))
            .join(CATALOG_LICENCE)
            .on(CATALOG_LICENCE.ID.eq(DSL.coalesce(DATASET_METADATA.LICENCE_ID, DSL.inline(Licence.DEFAULT))))
            .leftJoin(DATASET_COUNTER)
            .on(DATASET_COUNTER.DATASET_ID.eq(DATASET.ID));
    }

    static List<Field<?>> summaryFields() {
        return List.of(DATASET.ID, DATASET.UUID, DATASET.CSV_RESOURCE_UUID, DATASET.JSON_RESOURCE_UUID,
                DATASET.XLSX_RESOURCE_UUID, DATASET.API_RESOURCE_UUID, DATASET.SLUG, DATASET.TITLE, DATASET.DESCRIPTION,
                DATASET.UPDATE_FREQUENCY, DATASET.ROW_COUNT, DATASET.LAST_LOAD_AT, DATASET.CREATED_AT, OPD.ID, OPD.CODE,
                OPD.NAME, OPD.SHORT_NAME, CATALOG_TOPIC.ID, CATALOG_TOPIC.CODE, CATALOG_TOPIC.NAME_ID,
                CATALOG_TOPIC.NAME_EN, CATALOG_TOPIC.ICON, CATALOG_TOPIC.POSITION, CATALOG_LICENCE.ID,
                CATALOG_LICENCE.TITLE, CATALOG_LICENCE.URL, CATALOG_LICENCE.IS_OPEN, DATASET_METADATA.PERIOD_START,
                DATASET_METADATA.PERIOD_END, DATASET_METADATA.FEATURED, DATASET_METADATA.RELEASED_AT,
                DATASET_COUNTER.VIEWS, DATASET_COUNTER.DOWNLOADS, TAGS, MODIFIED);
    }

    static DatasetSummary summary(Record r) {
        return new DatasetSummary(r.get(DATASET.ID), r.get(DATASET.UUID), r.get(DATASET.SLUG), r.get(DATASET.TITLE),
                r.get(DATASET.DESCRIPTION), opd(r), topic(r), tags(r), licence(r), r.get(DATASET_METADATA.PERIOD_START),
                r.get(DATASET_METADATA.PERIOD_END), UpdateFrequency.valueOf(r.get(DATASET.UPDATE_FREQUENCY)),
                r.get(DATASET.ROW_COUNT), Boolean.TRUE.equals(r.get(DATASET_METADATA.FEATURED)),
                orZero(r.get(DATASET_COUNTER.VIEWS)), orZero(r.get(DATASET_COUNTER.DOWNLOADS)),
                r.get(DATASET_METADATA.RELEASED_AT), r.get(DATASET.LAST_LOAD_AT), r.get(DATASET.CREATED_AT),
                r.get(MODIFIED), new ResourceIds(r.get(DATASET.CSV_RESOURCE_UUID), r.get(DATASET.JSON_RESOURCE_UUID),
                        r.get(DATASET.XLSX_RESOURCE_UUID), r.get(DATASET.API_RESOURCE_UUID)));
    }

    static Opd opd(Record r) {
        return new Opd(r.get(OPD.ID), r.get(OPD.CODE), r.get(OPD.NAME), r.get(OPD.SHORT_NAME));
    }

    static @Nullable Topic topic(Record r) {
        Long id = r.get(CATALOG_TOPIC.ID);
        return id == null ? null : new Topic(id, r.get(CATALOG_TOPIC.CODE), r.get(CATALOG_TOPIC.NAME_ID),
                r.get(CATALOG_TOPIC.NAME_EN), r.get(CATALOG_TOPIC.ICON), r.get(CATALOG_TOPIC.POSITION));
    }

    static Licence licence(Record r) {
        return new Licence(r.get(CATALOG_LICENCE.ID), r.get(CATALOG_LICENCE.TITLE), r.get(CATALOG_LICENCE.URL),
                r.get(CATALOG_LICENCE.IS_OPEN));
    }

    static List<String> tags(Record r) {
        String[] tags = r.get(TAGS);
        return tags == null ? List.of() : Arrays.asList(tags);
    }

    /**
     * Metadata from a {@link #described()} row that also selected the metadata columns.
     */
    static DatasetMetadata metadata(Record r, long datasetId) {
        String[] keywords = r.get(DATASET_METADATA.KEYWORDS);
        return new DatasetMetadata(datasetId, topic(r), tags(r), licence(r), r.get(DATASET_METADATA.WALIDATA),
                r.get(DATASET_METADATA.PERIOD_START), r.get(DATASET_METADATA.PERIOD_END),
                r.get(DATASET_METADATA.MEASURE), r.get(DATASET_METADATA.UNIT), r.get(DATASET_METADATA.CONCEPT),
                r.get(DATASET_METADATA.DEFINITION), r.get(DATASET_METADATA.METHODOLOGY),
                r.get(DATASET_METADATA.CLASSIFICATION), r.get(DATASET_METADATA.ESTIMATION_LEVEL),
                r.get(DATASET_METADATA.CONTACT_NAME), r.get(DATASET_METADATA.CONTACT_EMAIL),
                r.get(DATASET_METADATA.SOURCE), keywords == null ? List.of() : Arrays.asList(keywords),
                Boolean.TRUE.equals(r.get(DATASET_METADATA.FEATURED)), r.get(DATASET_METADATA.RELEASED_AT),
                r.get(DATASET_METADATA.UPDATED_AT));
    }

    static List<Field<?>> metadataFields() {
        List<Field<?>> fields = new java.util.ArrayList<>(summaryFields());
        fields.addAll(Arrays.asList(DATASET_METADATA.fields()));
        return fields;
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

}
