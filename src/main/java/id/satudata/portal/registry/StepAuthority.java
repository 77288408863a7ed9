package id.satudata.portal.registry;

import id.satudata.portal.security.Caller;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.SopStep;
import java.util.Optional;

/**
 * Who may complete a step: a user holding one of the step's completer roles, in that
 * role; otherwise an ADMINISTRATOR, on their behalf. Access to the OPD is checked
 * separately.
 */
final class StepAuthority {

    /** The role a caller acts in, and whether an ADMINISTRATOR acts for another role. */
    record Acting(Role role, boolean onBehalf) {
    }

    private StepAuthority() {
    }

    static Optional<Acting> actingFor(SopStep step, Caller caller) {
        for (Role role : step.completerRoles()) {
            if (caller.has(role)) {
                return Optional.of(new Acting(role, false));
            }
        }
        if (caller.has(Role.ADMINISTRATOR)) {
            return Optional.of(new Acting(Role.ADMINISTRATOR, true));
        }
        return Optional.empty();
    }

    /**
     * The role recorded for a new request: OPD staff ask for themselves, staff ask on an
     * OPD's behalf.
     */
    static Acting requesting(Caller caller) {
        if (caller.has(Role.OPD)) {
            return new Acting(Role.OPD, false);
        }
        for (Role role : new Role[] { Role.ADMINISTRATOR, Role.PENGAWAS, Role.TEKNIS, Role.KEPALA_DINAS }) {
            if (caller.has(role)) {
                return new Acting(role, true);
            }
        }
        throw new org.springframework.security.access.AccessDeniedException("No role to request an integration");
    }

}
