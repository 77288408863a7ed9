package id.satudata.portal.datastore.schema;

import static id.satudata.portal.jooq.Tables.DATASET_SCHEMA_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ArrayNode;

/** The kept schemas of datasets, one row per version. */
@Repository
public class SchemaVersions {

    private final DSLContext db;

    SchemaVersions(DSLContext db) {
        this.db = db;
    }

    public void record(long datasetId, int version, TableSchema schema, List<SchemaStep> steps, String changedBy,
            @Nullable Long userId, OffsetDateTime at) {
        ArrayNode json = SchemaJson.JSON.createArrayNode();
        for (SchemaStep step : steps) {
            var item = json.addObject().put("kind", step.kind().name()).put("field", step.field());
            if (step.detail() != null) {
                item.put("detail", step.detail());
            }
        }
        db.insertInto(DATASET_SCHEMA_VERSION)
            .set(DATASET_SCHEMA_VERSION.DATASET_ID, datasetId)
            .set(DATASET_SCHEMA_VERSION.VERSION, version)
            .set(DATASET_SCHEMA_VERSION.TABLE_SCHEMA, SchemaJson.jsonb(schema))
            .set(DATASET_SCHEMA_VERSION.STEPS, JSONB.valueOf(SchemaJson.JSON.writeValueAsString(json)))
            .set(DATASET_SCHEMA_VERSION.CHANGED_BY, changedBy)
            .set(DATASET_SCHEMA_VERSION.USER_ID, userId)
            .set(DATASET_SCHEMA_VERSION.CHANGED_AT, at)
            .execute();
    }

    /** The versions of a dataset, newest first. */
    public List<SchemaVersion> list(long datasetId) {
        return db.selectFrom(DATASET_SCHEMA_VERSION)
            .where(DATASET_SCHEMA_VERSION.DATASET_ID.eq(datasetId))
            .orderBy(DATASET_SCHEMA_VERSION.VERSION.desc())
            .fetch(r -> new SchemaVersion(r.getVersion(), SchemaJson.fromJsonb(r.getTableSchema()), steps(r.getSteps()),
                    r.getChangedBy(), r.getChangedAt()));
    }

    private static List<SchemaStep> steps(JSONB json) {
        List<SchemaStep> steps = new java.util.ArrayList<>();
        for (var s : SchemaJson.JSON.readTree(json.data())) {
            steps.add(new SchemaStep(SchemaStep.Kind.valueOf(s.path("kind").asString()), s.path("field").asString(),
                    s.path("detail").isString() ? s.path("detail").asString() : null));
        }
        return steps;
    }

}
