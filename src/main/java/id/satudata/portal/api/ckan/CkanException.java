package id.satudata.portal.api.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure answered in CKAN's error envelope: the HTTP status and the {@code error}
 * object ({@code __type} plus a message or, for validation errors, field messages).
 */
class CkanException extends RuntimeException {

    private final HttpStatus status;

    private final Map<String, Object> error;

    private CkanException(HttpStatus status, Map<String, Object> error) {
        super(String.valueOf(error));
        this.status = status;
        this.error = error;
    }

    HttpStatus status() {
        return status;
    }

    Map<String, Object> error() {
        return error;
    }

    /** 409 Validation Error naming the field, as CKAN answers bad parameters. */
    static CkanException validation(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put(field, List.of(message));
        error.put("__type", "Validation Error");
        return new CkanException(HttpStatus.CONFLICT, error);
    }

    /** 404 Not Found Error. */
    static CkanException notFound(String detail) {
        return typed(HttpStatus.NOT_FOUND, "Not Found Error", "Not found: " + detail);
    }

    /** 400 Search Query Error. */
    static CkanException searchQuery(String detail) {
        return typed(HttpStatus.BAD_REQUEST, "Search Query Error", "Search Query is invalid: " + detail);
    }

    static CkanException typed(HttpStatus status, String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type);
        error.put("message", message);
        return new CkanException(status, error);
    }

}
