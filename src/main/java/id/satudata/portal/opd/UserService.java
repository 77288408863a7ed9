package id.satudata.portal.opd;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office accounts: sign-in lookup and creation by the administrator. */
@Service
public class UserService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;

    private final OpdRepository opds;

    private final PasswordEncoder passwordEncoder;

    private final CurrentCaller caller;

    UserService(UserRepository users, OpdRepository opds, PasswordEncoder passwordEncoder, CurrentCaller caller) {
        this.users = users;
        this.opds = opds;
        this.passwordEncoder = passwordEncoder;
        this.caller = caller;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional(readOnly = true)
    public List<PortalUser> list() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        return users.findAll();
    }

    @Transactional
    public long create(NewUser user, String password) {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        return createUnchecked(user, passwordEncoder.encode(checkedPassword(password)));
    }

    /**
     * Creates an account without a caller check: for the first administrator and the demo
     * data only.
     */
    @Transactional
    long createUnchecked(NewUser user, String passwordHash) {
        boolean opdStaff = user.roles().contains(Role.OPD);
        if (opdStaff && user.opdId() == null) {
            throw new ValidationException("opdId", "error.user.opd.required");
        }
        if (!opdStaff && user.opdId() != null) {
            throw new ValidationException("opdId", "error.user.opd.onlyForOpdRole");
        }
        if (user.opdId() != null && opds.findById(user.opdId()).isEmpty()) {
            throw new ValidationException("opdId", "error.user.opd.unknown");
        }
        if (users.findByUsername(user.username()).isPresent()) {
            throw new ValidationException("username", "error.user.username.taken");
        }
        return users.insert(user, passwordHash);
    }

    @Transactional(readOnly = true)
    int count() {
        return users.count();
    }

    private static String checkedPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password", "error.user.password.short");
        }
        return password;
    }

}
