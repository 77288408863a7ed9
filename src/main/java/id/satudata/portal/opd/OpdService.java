package id.satudata.portal.opd;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of OPDs. Their names are public (they are the data producers on the
 * portal).
 */
@Service
public class OpdService {

    private final OpdRepository opds;

    private final CurrentCaller caller;

    OpdService(OpdRepository opds, CurrentCaller caller) {
        this.opds = opds;
        this.caller = caller;
    }

    @Transactional(readOnly = true)
    public List<Opd> list() {
        return opds.findAll();
    }

    @Transactional(readOnly = true)
    public Opd get(long id) {
        return opds.findById(id).orElseThrow(() -> new NotFoundException("opd", id));
    }

    @Transactional(readOnly = true)
    public int count() {
        return opds.count();
    }

    @Transactional
    public Opd register(NewOpd opd) {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        if (opds.findByCode(opd.code()).isPresent()) {
            throw new ValidationException("code", "error.opd.code.taken");
        }
        return opds.insert(opd);
    }

}
