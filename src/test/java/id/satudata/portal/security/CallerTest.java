package id.satudata.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CallerTest {

    private final Caller opdStaff = new Caller(7L, "opd.dinkes", Set.of(Role.OPD), 3L);

    private final Caller teknis = new Caller(8L, "teknis", Set.of(Role.TEKNIS), null);

    @Test
    void opdStaffSeeOnlyTheirOwnOpd() {
        assertThat(opdStaff.canSeeOpd(3L)).isTrue();
        assertThat(opdStaff.canSeeOpd(4L)).isFalse();
        assertThatThrownBy(() -> opdStaff.requireOpdAccess(4L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSeeEveryOpd() {
        assertThat(teknis.isStaff()).isTrue();
        assertThat(teknis.canSeeOpd(4L)).isTrue();
    }

    @Test
    void anonymousVisitorsHaveNoRoleAndSeeNoOpd() {
        Caller visitor = Caller.anonymous();
        assertThat(visitor.isAnonymous()).isTrue();
        assertThat(visitor.canSeeOpd(3L)).isFalse();
        assertThatThrownBy(visitor::requireSignedIn).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitor.requireAnyRole(Role.OPD)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roleChecksNameTheMissingRole() {
        assertThatThrownBy(() -> opdStaff.requireAnyRole(Role.ADMINISTRATOR, Role.PENGAWAS))
            .isInstanceOf(AccessDeniedException.class)
            .hasMessageContaining("ADMINISTRATOR");
        teknis.requireAnyRole(Role.TEKNIS);
    }

}
