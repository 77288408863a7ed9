package id.satudata.portal.datastore;

import id.satudata.portal.security.Caller;
import id.satudata.portal.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

    /**
     * The same rule as a filter the repository turns into SQL: the datasets of these
     * visibilities, and any of the caller's own OPD.
     */
    record Visible(Set<Visibility> visibilities, @Nullable Long ownOpdId) {

        boolean all() {
            return visibilities.containsAll(EnumSet.allOf(Visibility.class));
        }

    }

    static Visible visibleTo(Caller caller) {
        if (caller.isStaff()) {
            return new Visible(EnumSet.allOf(Visibility.class), null);
        }
        if (caller.isAnonymous()) {
            return new Visible(EnumSet.of(Visibility.PUBLIC), null);
        }
        return new Visible(EnumSet.of(Visibility.INTERNAL, Visibility.PUBLIC),
                caller.has(Role.OPD) ? caller.opdId() : null);
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
