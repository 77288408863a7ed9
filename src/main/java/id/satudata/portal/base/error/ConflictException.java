package id.satudata.portal.base.error;

import java.util.List;

/**
 * The request came too late: someone else changed the same thing first (optimistic
 * locking).
 */
public class ConflictException extends PortalException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, List.of(arguments), messageKey + " " + List.of(arguments));
    }

}
