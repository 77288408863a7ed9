package id.satudata.portal.exchange;

import static id.satudata.portal.jooq.Tables.API_KEY;

import id.satudata.portal.jooq.tables.records.ApiKeyRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** API key rows. */
@Repository
class ApiKeyRepository {

    private final DSLContext db;

    ApiKeyRepository(DSLContext db) {
        this.db = db;
    }

    ApiKey insert(String prefix, String hash, @Nullable Long datasetId, @Nullable Long integrationId, long opdId,
            String label, String createdBy, OffsetDateTime now) {
        return toKey(db.insertInto(API_KEY)
            .set(API_KEY.PREFIX, prefix)
            .set(API_KEY.KEY_HASH, hash)
            .set(API_KEY.DATASET_ID, datasetId)
            .set(API_KEY.INTEGRATION_ID, integrationId)
            .set(API_KEY.OPD_ID, opdId)
            .set(API_KEY.LABEL, label)
            .set(API_KEY.CREATED_BY, createdBy)
            .set(API_KEY.CREATED_AT, now)
            .returning()
            .fetchSingle());
    }

    Optional<ApiKey> find(long id) {
        return db.selectFrom(API_KEY).where(API_KEY.ID.eq(id)).fetchOptional(ApiKeyRepository::toKey);
    }

    /** A key and the hash of its secret, to check a presented key against. */
    record HashedKey(ApiKey key, String hash) {
    }

    /** The key with this prefix and its hash. */
    Optional<HashedKey> findByPrefix(String prefix) {
        return db.selectFrom(API_KEY)
            .where(API_KEY.PREFIX.eq(prefix))
            .fetchOptional(r -> new HashedKey(toKey(r), r.getKeyHash()));
    }

    List<ApiKey> forDataset(long datasetId) {
        return db.selectFrom(API_KEY)
            .where(API_KEY.DATASET_ID.eq(datasetId))
            .orderBy(API_KEY.ID.desc())
            .fetch(ApiKeyRepository::toKey);
    }

    void revoke(long id, OffsetDateTime now) {
        db.update(API_KEY)
            .set(API_KEY.REVOKED_AT, now)
            .where(API_KEY.ID.eq(id))
            .and(API_KEY.REVOKED_AT.isNull())
            .execute();
    }

    /** Notes the use, at most once a minute per key (no write per request). */
    void touch(long id, OffsetDateTime now) {
        db.update(API_KEY)
            .set(API_KEY.LAST_USED_AT, now)
            .where(API_KEY.ID.eq(id))
            .and(API_KEY.LAST_USED_AT.isNull().or(API_KEY.LAST_USED_AT.lt(now.minusMinutes(1))))
            .execute();
    }

    private static ApiKey toKey(ApiKeyRecord r) {
        return new ApiKey(r.getId(), r.getPrefix(), r.getDatasetId(), r.getIntegrationId(), r.getOpdId(), r.getLabel(),
                r.getCreatedBy(), r.getCreatedAt(), r.getLastUsedAt(), r.getRevokedAt());
    }

}
