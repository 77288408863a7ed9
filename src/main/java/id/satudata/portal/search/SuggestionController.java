package id.satudata.portal.search;

import id.satudata.portal.base.error.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Suggestions for a search box as JSON, for pages that ask as the visitor types:
 * {@code GET /api/v1/search/suggestions?q=jumlah pen&limit=10} answers the titles (with
 * id and slug) of released datasets whose words start with the typed ones.
 */
@RestController
@RequestMapping("/api/v1/search")
class SuggestionController {

    private static final int DEFAULT_LIMIT = 10;

    private static final int MAX_LIMIT = 20;

    private final SearchService search;

    private final MessageSource messages;

    SuggestionController(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(value = "/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Suggestion> suggestions(@RequestParam(name = "q", defaultValue = "") String typed,
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit) {
        return search.suggest(SearchScope.publicScope(), typed, limit);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e, HttpServletRequest request) {
        return badRequest(e.field(),
                messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale(request)));
    }

    /** A limit that is not a number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> notANumber(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badRequest(e.getName(),
                messages.getMessage("search.error.limit", new Object[] { MAX_LIMIT }, locale(request)));
    }

    /** Indonesian unless the client asks for another language (then English). */
    private static Locale locale(HttpServletRequest request) {
        String asked = request.getHeader("Accept-Language");
        return asked == null || asked.isBlank() || "id".equals(request.getLocale().getLanguage())
                ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", "bad_request");
        json.put("field", field);
        json.put("message", message);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(json);
    }

}
