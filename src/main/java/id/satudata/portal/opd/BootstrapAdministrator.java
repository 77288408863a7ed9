package id.satudata.portal.opd;

import java.util.Set;
import id.satudata.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a new installation without accounts, creates the first administrator from
 * {@code satudata.bootstrap.admin-password} (environment SATUDATA_ADMIN_PASSWORD), so no
 * default password ever exists in a real deployment.
 */
@Component
@Order(10)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserService users;

    private final PasswordEncoder passwordEncoder;

    private final BootstrapProperties properties;

    BootstrapAdministrator(UserService users, PasswordEncoder passwordEncoder, BootstrapProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = properties.adminPassword();
        if (password == null || password.isBlank() || users.count() > 0) {
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            log.warn("satudata.bootstrap.admin-password is shorter than {} characters; no administrator created",
                    UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        users.createUnchecked(new NewUser("admin", "Administrator", null, Set.of(Role.ADMINISTRATOR), null),
                passwordEncoder.encode(password));
        log.info("Created the first administrator account 'admin'");
    }

}
