package id.satudata.portal.opd;

import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.jooq.tables.records.OpdRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** OPD rows. */
@Repository
class OpdRepository {

    private final DSLContext db;

    OpdRepository(DSLContext db) {
        this.db = db;
    }

    List<Opd> findAll() {
        return db.selectFrom(OPD).orderBy(OPD.NAME).fetch(OpdRepository::toOpd);
    }

    Optional<Opd> findById(long id) {
        return db.selectFrom(OPD).where(OPD.ID.eq(id)).fetchOptional(OpdRepository::toOpd);
    }

    Optional<Opd> findByCode(String code) {
        return db.selectFrom(OPD).where(OPD.CODE.eq(code)).fetchOptional(OpdRepository::toOpd);
    }

    int count() {
        return db.fetchCount(OPD);
    }

    Opd insert(NewOpd opd) {
        return toOpd(db.insertInto(OPD)
            .set(OPD.CODE, opd.code())
            .set(OPD.NAME, opd.name())
            .set(OPD.SHORT_NAME, opd.shortName())
            .returning()
            .fetchSingle());
    }

    private static Opd toOpd(OpdRecord r) {
        return new Opd(r.getId(), r.getCode(), r.getName(), r.getShortName());
    }

}
