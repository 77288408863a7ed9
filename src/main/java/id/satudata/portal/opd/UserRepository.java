package id.satudata.portal.opd;

import static id.satudata.portal.jooq.Tables.APP_USER;
import static id.satudata.portal.jooq.Tables.APP_USER_ROLE;

import id.satudata.portal.jooq.tables.records.AppUserRecord;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** User accounts and their roles. */
@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<PortalUser> findByUsername(String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(this::toUser);
    }

    List<PortalUser> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(this::toUser);
    }

    int count() {
        return db.fetchCount(APP_USER);
    }

    long insert(NewUser user, String passwordHash) {
        long id = db.insertInto(APP_USER)
            .set(APP_USER.USERNAME, user.username())
            .set(APP_USER.FULL_NAME, user.fullName())
            .set(APP_USER.EMAIL, user.email())
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.OPD_ID, user.opdId())
            .returning(APP_USER.ID)
            .fetchSingle(APP_USER.ID);
        for (Role role : user.roles()) {
            db.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
        return id;
    }

    private PortalUser toUser(AppUserRecord r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        db.select(APP_USER_ROLE.ROLE)
            .from(APP_USER_ROLE)
            .where(APP_USER_ROLE.USER_ID.eq(r.getId()))
            .fetch(APP_USER_ROLE.ROLE)
            .forEach(role -> roles.add(Role.valueOf(role)));
        return new PortalUser(r.getId(), r.getUsername(), r.getFullName(), r.getPasswordHash(), roles, r.getOpdId(),
                r.getEnabled());
    }

}
