package id.satudata.portal.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking: a signed-in user (with roles and, for OPD staff, their OPD), a system
 * job, or an anonymous public visitor. Services check it before touching data.
 */
public record Caller(@Nullable Long userId, String name, Set<Role> roles, @Nullable Long opdId) {

    private static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /**
     * Scheduled work of the portal itself (pull connectors, index maintenance), acting
     * with staff rights.
     */
    public static Caller system(String job) {
        return new Caller(null, "system:" + job, Set.of(Role.TEKNIS), null);
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** Staff of the agency running the portal: sees all OPDs. */
    public boolean isStaff() {
        return hasAny(Role.STAFF);
    }

    /** May see the unreleased data and integrations of this OPD. */
    public boolean canSeeOpd(long opd) {
        return isStaff() || (has(Role.OPD) && opdId != null && opdId == opd);
    }

    public void requireAnyRole(Role... wanted) {
        if (isAnonymous() || Arrays.stream(wanted).noneMatch(this::has)) {
            throw new AccessDeniedException("Requires one of the roles " + Arrays.toString(wanted));
        }
    }

    public void requireSignedIn() {
        if (isAnonymous()) {
            throw new AccessDeniedException("Sign-in required");
        }
    }

    public void requireOpdAccess(long opd) {
        if (!canSeeOpd(opd)) {
            throw new AccessDeniedException("No access to the data of OPD " + opd);
        }
    }
}
