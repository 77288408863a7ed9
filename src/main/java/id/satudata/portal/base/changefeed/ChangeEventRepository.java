package id.satudata.portal.base.changefeed;

import static id.satudata.portal.jooq.Tables.CHANGE_EVENT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The change_event table. */
@Repository
class ChangeEventRepository {

    static final String CHANNEL = "satudata_change";

    private final DSLContext db;

    ChangeEventRepository(DSLContext db) {
        this.db = db;
    }

    long append(String kind, String entityId) {
        long seq = db.insertInto(CHANGE_EVENT)
            .set(CHANGE_EVENT.KIND, kind)
            .set(CHANGE_EVENT.ENTITY_ID, entityId)
            .returning(CHANGE_EVENT.SEQ)
            .fetchSingle(CHANGE_EVENT.SEQ);
        // delivered to listeners when (and only if) the transaction commits
        db.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(Long.toString(seq)))).fetch();
        return seq;
    }

    long newest() {
        Long max = db.select(DSL.max(CHANGE_EVENT.SEQ)).from(CHANGE_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    List<ChangeEvent> after(long seq, int limit) {
        return db.selectFrom(CHANGE_EVENT)
            .where(CHANGE_EVENT.SEQ.gt(seq))
            .orderBy(CHANGE_EVENT.SEQ)
            .limit(limit)
            .fetch(r -> new ChangeEvent(r.getSeq(), r.getKind(), r.getEntityId(), r.getAt().toInstant()));
    }

}
