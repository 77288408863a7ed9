package id.satudata.portal.exchange;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.DatabaseUnavailable;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.base.error.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns exceptions of the exchange API into JSON answers with the right status. */
@RestControllerAdvice(assignableTypes = PushController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(PortalException e) {
        return body(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    /**
     * Database errors: 503 with {@code Retry-After} while PostgreSQL cannot be reached
     * (the client tries again), otherwise 500.
     */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class })
    ResponseEntity<Map<String, Object>> database(RuntimeException e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warn("Push API {} failed: database unavailable ({})", request.getRequestURI(), e.getMessage());
            ResponseEntity<Map<String, Object>> answer = body(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
                    DatabaseUnavailable.MESSAGE);
            return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBody());
        }
        LOG.error("Push API {} failed", request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal server error");
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
    }

}
