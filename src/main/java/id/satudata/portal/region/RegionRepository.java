package id.satudata.portal.region;

import static id.satudata.portal.jooq.Tables.REGION;
import static id.satudata.portal.jooq.Tables.REGION_IMPORT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Rows of the region reference table and its import log. */
@Repository
class RegionRepository {

    private final DSLContext db;

    RegionRepository(DSLContext db) {
        this.db = db;
    }

    List<RegionEntry> find(RegionQuery query, int offset, int limit) {
        var parent = REGION.as("parent");
        return db.select(REGION.fields())
            .select(parent.NAME)
            .from(REGION)
            .leftJoin(parent)
            .on(parent.ID.eq(REGION.PARENT_ID))
            .where(matching(query))
            .orderBy(DSL.coalesce(REGION.KODE_BPS, REGION.KODE_KEMENDAGRI), REGION.KODE_KEMENDAGRI)
            .offset(offset)
            .limit(limit)
            .fetch(r -> new RegionEntry(RegionRows.region(r.into(REGION)), r.get(parent.NAME)));
    }

    int count(RegionQuery query) {
        return db.fetchCount(REGION, matching(query));
    }

    List<Region> findAll() {
        return db.selectFrom(REGION).orderBy(REGION.ID).fetch(RegionRows::region);
    }

    Optional<Region> findById(long id) {
        return db.selectFrom(REGION).where(REGION.ID.eq(id)).fetchOptional(RegionRows::region);
    }

    List<Region> findByIds(Collection<Long> ids) {
        return db.selectFrom(REGION).where(REGION.ID.in(ids)).fetch(RegionRows::region);
    }

    /** Regions of a level lying in the given parents (all of the level for provinces). */
    List<Region> findInParents(RegionLevel level, Collection<Long> parentIds) {
        Condition inParents = level == RegionLevel.PROVINSI ? DSL.trueCondition() : REGION.PARENT_ID.in(parentIds);
        return db.selectFrom(REGION)
            .where(REGION.LEVEL.eq(level.name()))
            .and(inParents)
            .orderBy(DSL.coalesce(REGION.KODE_BPS, REGION.KODE_KEMENDAGRI))
            .fetch(RegionRows::region);
    }

    /** Regions of a level by canonical code of one system, keyed by that code. */
    Map<String, Region> findByCodes(RegionLevel level, CodeSystem system, Collection<String> codes) {
        Field<String> code = codeField(system);
        Map<String, Region> found = new LinkedHashMap<>();
        db.selectFrom(REGION)
            .where(REGION.LEVEL.eq(level.name()))
            .and(code.in(codes))
            .fetch(RegionRows::region)
            .forEach(region -> found.put(region.code(system), region));
        return found;
    }

    long insert(RegionLevel level, @Nullable String kemendagri, @Nullable String bps, String name,
            @Nullable Long parentId, long importId) {
        return db.insertInto(REGION)
            .set(REGION.LEVEL, level.name())
            .set(REGION.KODE_KEMENDAGRI, kemendagri)
            .set(REGION.KODE_BPS, bps)
            .set(REGION.NAME, name)
            .set(REGION.PARENT_ID, parentId)
            .set(REGION.IMPORT_ID, importId)
            .returningResult(REGION.ID)
            .fetchSingle(REGION.ID);
    }

    void update(long id, @Nullable String kemendagri, @Nullable String bps, String name, long importId) {
        db.update(REGION)
            .set(REGION.KODE_KEMENDAGRI, kemendagri)
            .set(REGION.KODE_BPS, bps)
            .set(REGION.NAME, name)
            .set(REGION.IMPORT_ID, importId)
            .where(REGION.ID.eq(id))
            .execute();
    }

    long insertImport(String fileName, @Nullable Long userId, String userName, OffsetDateTime at) {
        return db.insertInto(REGION_IMPORT)
            .set(REGION_IMPORT.FILE_NAME, fileName)
            .set(REGION_IMPORT.ROWS_ADDED, 0)
            .set(REGION_IMPORT.ROWS_UPDATED, 0)
            .set(REGION_IMPORT.ROWS_SAME, 0)
            .set(REGION_IMPORT.IMPORTED_BY, userId)
            .set(REGION_IMPORT.IMPORTED_BY_NAME, userName)
            .set(REGION_IMPORT.IMPORTED_AT, at)
            .returningResult(REGION_IMPORT.ID)
            .fetchSingle(REGION_IMPORT.ID);
    }

    void recordImportCounts(long importId, int added, int updated, int same) {
        db.update(REGION_IMPORT)
            .set(REGION_IMPORT.ROWS_ADDED, added)
            .set(REGION_IMPORT.ROWS_UPDATED, updated)
            .set(REGION_IMPORT.ROWS_SAME, same)
            .where(REGION_IMPORT.ID.eq(importId))
            .execute();
    }

    private static Condition matching(RegionQuery query) {
        Condition condition = REGION.LEVEL.eq(query.level().name());
        if (query.text() != null) {
            String like = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(REGION.NAME.likeIgnoreCase(like, '\\')
                .or(REGION.KODE_BPS.like(like, '\\'))
                .or(REGION.KODE_KEMENDAGRI.like(like, '\\')));
        }
        return condition;
    }

    private static Field<String> codeField(CodeSystem system) {
        return system == CodeSystem.BPS ? REGION.KODE_BPS : REGION.KODE_KEMENDAGRI;
    }

}
