package id.satudata.portal.datastore;

import static id.satudata.portal.jooq.Tables.DATASET;

import id.satudata.portal.security.Caller;
import id.satudata.portal.security.Role;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access rules of datasets, in one place: anonymous visitors see PUBLIC datasets;
 * staff see all; OPD staff see their own OPD's datasets of any visibility and the
 * INTERNAL and PUBLIC ones of others. TEKNIS and ADMINISTRATOR manage any dataset; OPD
 * staff load data into their own OPD's datasets; an API key loads only into what it was
 * issued for.
 */
public final class DatasetAccess {

    private DatasetAccess() {
    }

    public static boolean canSee(Caller caller, Dataset dataset) {
        if (dataset.visibility() == Visibility.PUBLIC || caller.isStaff()) {
            return true;
        }
        if (caller.isAnonymous()) {
            return false;
        }
        return dataset.visibility() == Visibility.INTERNAL || caller.canSeeOpd(dataset.opdId());
    }

    /** The same rule as a query condition on {@code dataset}. */
    static Condition visibleTo(Caller caller) {
        if (caller.isStaff()) {
            return DSL.trueCondition();
        }
        Condition published = DATASET.VISIBILITY.eq(Visibility.PUBLIC.name());
        if (caller.isAnonymous()) {
            return published;
        }
        Condition internal = DATASET.VISIBILITY.eq(Visibility.INTERNAL.name()).or(published);
        Long opd = caller.opdId();
        return caller.has(Role.OPD) && opd != null ? internal.or(DATASET.OPD_ID.eq(opd)) : internal;
    }

    static boolean canManage(Caller caller) {
        return caller.has(Role.TEKNIS) || caller.has(Role.ADMINISTRATOR);
    }

    static void requireManage(Caller caller) {
        caller.requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
    }

    static boolean canLoad(Caller caller, Dataset dataset) {
        return canManage(caller) || (caller.has(Role.OPD) && caller.canSeeOpd(dataset.opdId()));
    }

    public static void requireLoad(Caller caller, Dataset dataset) {
        if (!canLoad(caller, dataset)) {
            throw new AccessDeniedException("May not load data into dataset " + dataset.id());
        }
    }

}
