package id.satudata.portal.base.error;

import java.util.List;

/** The thing asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends PortalException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", List.of(what, id), what + " " + id + " not found");
    }

}
