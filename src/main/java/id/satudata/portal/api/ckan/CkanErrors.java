package id.satudata.portal.api.ckan;

import id.satudata.portal.api.PublicLinks;
import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.DatabaseUnavailable;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.base.error.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * CKAN's error envelope {@code {help, success: false, error: {__type, message}}} with
 * CKAN's status codes: 404 Not Found Error, 409 Validation Error (field messages), 403
 * Authorization Error, 400 Search Query Error, 500 Internal Server Error; and 503 Service
 * Unavailable with {@code Retry-After} while the database cannot be reached.
 */
@RestControllerAdvice(assignableTypes = CkanController.class)
class CkanErrors {

    private static final Logger LOG = LoggerFactory.getLogger(CkanErrors.class);

    private final PublicLinks links;

    private final MessageSource messages;

    CkanErrors(PublicLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @ExceptionHandler(CkanException.class)
    ResponseEntity<Map<String, Object>> ckan(CkanException e, HttpServletRequest request) {
        return envelope(e.status(), e.error(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e, HttpServletRequest request) {
        CkanException error = CkanException.notFound(message(e, request));
        return envelope(error.status(), error.error(), request);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e, HttpServletRequest request) {
        CkanException error = CkanException.validation(e.field(), message(e, request));
        return envelope(error.status(), error.error(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e, HttpServletRequest request) {
        CkanException error = CkanException.typed(HttpStatus.CONFLICT, "Validation Error", message(e, request));
        return envelope(error.status(), error.error(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(HttpServletRequest request) {
        CkanException error = CkanException.typed(HttpStatus.FORBIDDEN, "Authorization Error", "Access denied");
        return envelope(error.status(), error.error(), request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> failed(RuntimeException e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warn("CKAN action {} failed: database unavailable ({})", request.getRequestURI(), e.getMessage());
            CkanException error = CkanException.typed(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                    DatabaseUnavailable.MESSAGE);
            return ResponseEntity.status(error.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(error.error(), request));
        }
        LOG.error("CKAN action {} failed", request.getRequestURI(), e);
        CkanException error = CkanException.typed(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Internal Server Error");
        return envelope(error.status(), error.error(), request);
    }

    private String message(PortalException e, HttpServletRequest request) {
        Locale locale = "id".equals(request.getLocale().getLanguage()) ? request.getLocale() : Locale.ENGLISH;
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
    }

    private ResponseEntity<Map<String, Object>> envelope(HttpStatus status, Map<String, Object> error,
            HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(error, request));
    }

    private Map<String, Object> body(Map<String, Object> error, HttpServletRequest request) {
        Object action = request.getAttribute(CkanController.ACTION);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", CkanController.help(links, action == null ? "" : action.toString()));
        body.put("success", false);
        body.put("error", error);
        return body;
    }

}
