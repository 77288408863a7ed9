package id.satudata.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.OpdService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.DemoPortalTest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@DemoPortalTest
class DemoDataTest {

    @Autowired
    OpdService opds;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DemoDataRunner runner;

    @Test
    void theDemoProvinceHasFortyOpdsAndAnAccountForEveryRole() {
        assertThat(opds.count()).isEqualTo(40);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String username : new String[] { "admin", "pengawas", "teknis", "kadis", "opd.dinkes" }) {
            PortalUser user = (PortalUser) users.loadUserByUsername(username);
            assertThat(passwordEncoder.matches("demo12345", user.getPassword())).isTrue();
            roles.addAll(user.roles());
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void opdStaffBelongToTheirOpd() {
        PortalUser dinkesStaff = (PortalUser) users.loadUserByUsername("opd.dinkes");
        assertThat(opds.get(dinkesStaff.opdId()).shortName()).isEqualTo("Dinkes");
    }

    @Test
    void aSecondRunLeavesAFilledDatabaseAlone() {
        assertThat(runner.generateIfEmpty()).isFalse();
        assertThat(opds.count()).isEqualTo(40);
    }

}
