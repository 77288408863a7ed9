package id.satudata.portal.opd;

import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Test data: OPDs and accounts created directly, without a signed-in administrator. */
@Component
public class OpdFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OpdRepository opds;

    private final UserService users;

    OpdFixtures(OpdRepository opds, UserService users) {
        this.opds = opds;
        this.users = users;
    }

    @Transactional
    public Opd opd(String shortName) {
        int n = SEQUENCE.incrementAndGet();
        return opds.insert(new NewOpd("T" + n, "Dinas " + shortName + " " + n, shortName));
    }

    @Transactional
    public PortalUser staff(Role role) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT) + SEQUENCE.incrementAndGet();
        users.createUnchecked(new NewUser(username, "Staf " + role.name(), null, Set.of(role), null), "{noop}x");
        return users.loadUserByUsername(username);
    }

    @Transactional
    public PortalUser opdStaff(Opd opd) {
        String username = "opd" + SEQUENCE.incrementAndGet();
        users.createUnchecked(new NewUser(username, "Staf " + opd.shortName(), null, Set.of(Role.OPD), opd.id()),
                "{noop}x");
        return users.loadUserByUsername(username);
    }

}
