package id.satudata.portal.region;

import static id.satudata.portal.jooq.Tables.BOUNDARY_FEATURE;
import static id.satudata.portal.jooq.Tables.BOUNDARY_SET;
import static id.satudata.portal.jooq.Tables.REGION;

import id.satudata.portal.jooq.tables.records.BoundarySetRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Boundary sets and their features. */
@Repository
class BoundaryRepository {

    /** A new set's row. */
    record NewSet(RegionLevel level, CodeSystem codeSystem, String codeProperty, String fileName, String document,
            int sizeBytes, String sha256, int featureCount, @Nullable Long uploadedBy, String uploadedByName,
            OffsetDateTime uploadedAt) {
    }

    /** A stored feature's region, its parent and the geometry prepared for drawing. */
    record FeatureRow(Region region, String displayGeometry) {
    }

    /** Every column but the document, which listings do not need. */
    private static final List<Field<?>> SET_FIELDS = java.util.Arrays.stream(BOUNDARY_SET.fields())
        .filter(f -> !f.equals(BOUNDARY_SET.DOCUMENT))
        .toList();

    private final DSLContext db;

    BoundaryRepository(DSLContext db) {
        this.db = db;
    }

    Optional<BoundarySet> current(RegionLevel level) {
        return db.select(SET_FIELDS)
            .from(BOUNDARY_SET)
            .where(BOUNDARY_SET.LEVEL.eq(level.name()))
            .and(BOUNDARY_SET.IS_CURRENT)
            .fetchOptional(BoundaryRepository::toSet);
    }

    List<BoundarySet> currentSets() {
        return db.select(SET_FIELDS)
            .from(BOUNDARY_SET)
            .where(BOUNDARY_SET.IS_CURRENT)
            .orderBy(BOUNDARY_SET.LEVEL)
            .fetch(BoundaryRepository::toSet);
    }

    List<BoundarySet> all() {
        return db.select(SET_FIELDS)
            .from(BOUNDARY_SET)
            .orderBy(BOUNDARY_SET.UPLOADED_AT.desc(), BOUNDARY_SET.ID.desc())
            .fetch(BoundaryRepository::toSet);
    }

    /** Marks the level's current set replaced; returns whether there was one. */
    boolean replaceCurrent(RegionLevel level, OffsetDateTime at, String by) {
        return db.update(BOUNDARY_SET)
            .set(BOUNDARY_SET.IS_CURRENT, false)
            .set(BOUNDARY_SET.REPLACED_AT, at)
            .set(BOUNDARY_SET.REPLACED_BY_NAME, by)
            .where(BOUNDARY_SET.LEVEL.eq(level.name()))
            .and(BOUNDARY_SET.IS_CURRENT)
            .execute() > 0;
    }

    long insertSet(NewSet set) {
        return db.insertInto(BOUNDARY_SET)
            .set(BOUNDARY_SET.LEVEL, set.level().name())
            .set(BOUNDARY_SET.CODE_SYSTEM, set.codeSystem().name())
            .set(BOUNDARY_SET.CODE_PROPERTY, set.codeProperty())
            .set(BOUNDARY_SET.FILE_NAME, set.fileName())
            .set(BOUNDARY_SET.DOCUMENT, set.document())
            .set(BOUNDARY_SET.SIZE_BYTES, set.sizeBytes())
            .set(BOUNDARY_SET.SHA256, set.sha256())
            .set(BOUNDARY_SET.FEATURE_COUNT, set.featureCount())
            .set(BOUNDARY_SET.UPLOADED_BY, set.uploadedBy())
            .set(BOUNDARY_SET.UPLOADED_BY_NAME, set.uploadedByName())
            .set(BOUNDARY_SET.UPLOADED_AT, set.uploadedAt())
            .returningResult(BOUNDARY_SET.ID)
            .fetchSingle(BOUNDARY_SET.ID);
    }

    void insertFeature(long setId, long regionId, String codeInFile, String geometryType, String displayGeometry) {
        db.insertInto(BOUNDARY_FEATURE)
            .set(BOUNDARY_FEATURE.SET_ID, setId)
            .set(BOUNDARY_FEATURE.REGION_ID, regionId)
            .set(BOUNDARY_FEATURE.CODE_IN_FILE, codeInFile)
            .set(BOUNDARY_FEATURE.GEOMETRY_TYPE, geometryType)
            .set(BOUNDARY_FEATURE.DISPLAY_GEOMETRY, displayGeometry)
            .execute();
    }

    /** The regions a set has shapes for (without geometries). */
    List<Region> regionsOf(long setId) {
        return db.select(REGION.fields())
            .from(BOUNDARY_FEATURE)
            .join(REGION)
            .on(REGION.ID.eq(BOUNDARY_FEATURE.REGION_ID))
            .where(BOUNDARY_FEATURE.SET_ID.eq(setId))
            .orderBy(REGION.ID)
            .fetch(r -> RegionRows.region(r.into(REGION)));
    }

    /** How many of the given regions have a shape in a set. */
    int countShapes(long setId, Collection<Long> regionIds) {
        return regionIds.isEmpty() ? 0 : db.fetchCount(BOUNDARY_FEATURE,
                BOUNDARY_FEATURE.SET_ID.eq(setId).and(BOUNDARY_FEATURE.REGION_ID.in(regionIds)));
    }

    /** The shapes of a set for the given regions. */
    List<FeatureRow> features(long setId, Collection<Long> regionIds) {
        return db.select(REGION.fields())
            .select(BOUNDARY_FEATURE.DISPLAY_GEOMETRY)
            .from(BOUNDARY_FEATURE)
            .join(REGION)
            .on(REGION.ID.eq(BOUNDARY_FEATURE.REGION_ID))
            .where(BOUNDARY_FEATURE.SET_ID.eq(setId))
            .and(BOUNDARY_FEATURE.REGION_ID.in(regionIds))
            .orderBy(REGION.ID)
            .fetch(r -> new FeatureRow(RegionRows.region(r.into(REGION)), r.get(BOUNDARY_FEATURE.DISPLAY_GEOMETRY)));
    }

    private static BoundarySet toSet(Record record) {
        BoundarySetRecord r = record.into(BOUNDARY_SET);
        return new BoundarySet(r.getId(), RegionLevel.valueOf(r.getLevel()), CodeSystem.valueOf(r.getCodeSystem()),
                r.getCodeProperty(), r.getFileName(), r.getFeatureCount(), r.getSizeBytes(), r.getSha256(),
                r.getUploadedByName(), r.getUploadedAt(), r.getIsCurrent(), r.getReplacedAt(), r.getReplacedByName());
    }

}
