package id.satudata.portal.exchange;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.base.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns exceptions of the exchange API into JSON answers with the right status. */
@RestControllerAdvice(assignableTypes = PushController.class)
class ApiErrors {

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

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
    }

}
