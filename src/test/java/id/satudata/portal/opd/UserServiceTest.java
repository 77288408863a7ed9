package id.satudata.portal.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@PortalTest
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    OpdFixtures fixtures;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void administratorCreatesAnOpdStaffAccountWithAHashedPassword() {
        Opd dinkes = fixtures.opd("Dinkes");
        SignedIn.as(fixtures.staff(Role.ADMINISTRATOR));
        users.create(new NewUser("staf.dinkes", "Sari Hidayat", null, Set.of(Role.OPD), dinkes.id()), "rahasia-sekali");
        PortalUser created = users.loadUserByUsername("staf.dinkes");
        assertThat(created.opdId()).isEqualTo(dinkes.id());
        assertThat(created.roles()).containsExactly(Role.OPD);
        assertThat(created.passwordHash()).startsWith("$2").doesNotContain("rahasia");
        assertThat(passwordEncoder.matches("rahasia-sekali", created.passwordHash())).isTrue();
    }

    @Test
    void opdStaffMustBelongToAnOpd() {
        SignedIn.as(fixtures.staff(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> users.create(new NewUser("tanpa.opd", "Tanpa OPD", null, Set.of(Role.OPD), null),
                "rahasia-sekali"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("error.user.opd.required");
    }

    @Test
    void onlyTheAdministratorCreatesAccounts() {
        SignedIn.as(fixtures.staff(Role.TEKNIS));
        assertThatThrownBy(
                () -> users.create(new NewUser("baru", "Baru", null, Set.of(Role.TEKNIS), null), "rahasia-sekali"))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(
                () -> users.create(new NewUser("baru", "Baru", null, Set.of(Role.TEKNIS), null), "rahasia-sekali"))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shortPasswordsAreRefused() {
        SignedIn.as(fixtures.staff(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> users.create(new NewUser("pendek", "Pendek", null, Set.of(Role.TEKNIS), null), "123"))
            .isInstanceOf(ValidationException.class);
    }

}
