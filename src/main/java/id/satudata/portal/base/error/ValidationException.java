package id.satudata.portal.base.error;

import java.util.List;

/** Input that breaks a rule; names the field so forms can mark it. */
public class ValidationException extends PortalException {

    private final String field;

    public ValidationException(String field, String messageKey, Object... arguments) {
        super(messageKey, List.of(arguments), field + ": " + messageKey + " " + List.of(arguments));
        this.field = field;
    }

    public String field() {
        return field;
    }

}
