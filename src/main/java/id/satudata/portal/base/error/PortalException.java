package id.satudata.portal.base.error;

import java.util.List;

/**
 * A failure the user can act on. Carries a message key (looked up in the message bundles)
 * and its arguments, so the UI and the API can each say it in the caller's language.
 */
public abstract class PortalException extends RuntimeException {

    private final String messageKey;

    private final List<Object> arguments;

    protected PortalException(String messageKey, List<Object> arguments, String detail) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

}
