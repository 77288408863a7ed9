package id.satudata.portal.api.ckan;

import id.satudata.portal.api.PublicLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CKAN Action API v3: {@code GET /api/3/action/<name>?params} and
 * {@code POST /api/3/action/<name>} with a JSON object (also under {@code /api/action/}).
 * Answers in CKAN's envelope {@code {help, success, result}}; failures in
 * {@link CkanErrors}.
 */
@RestController
@RequestMapping({ "/api/3/action", "/api/action" })
class CkanController {

    static final String ACTION = CkanController.class.getName() + ".action";

    private final CkanActions actions;

    private final PublicLinks links;

    CkanController(CkanActions actions, PublicLinks links) {
        this.actions = actions;
        this.links = links;
    }

    @GetMapping("/{name}")
    ResponseEntity<?> get(@PathVariable String name, HttpServletRequest request) {
        return answer(name, CkanParams.ofQuery(request.getParameterMap()), request);
    }

    @PostMapping("/{name}")
    ResponseEntity<?> post(@PathVariable String name, HttpServletRequest request) throws IOException {
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            return answer(name, CkanParams.ofQuery(request.getParameterMap()), request);
        }
        Object json;
        try {
            json = JsonMapper.shared().readValue(body, Object.class);
        }
        catch (JacksonException e) {
            return badRequest("JSON Error: " + e.getOriginalMessage());
        }
        if (!(json instanceof Map<?, ?> map)) {
            return badRequest(
                    "Request data JSON decoded to " + body.strip().charAt(0) + " but it needs to be a dictionary.");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return answer(name, new CkanParams(values), request);
    }

    private ResponseEntity<?> answer(String name, CkanParams params, HttpServletRequest request) {
        var action = CkanAction.named(name);
        if (action.isEmpty()) {
            return badRequest("Action name not known: " + name);
        }
        request.setAttribute(ACTION, name);
        Object result = actions.run(action.get(), params, request.getRequestURI());
        Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(links, name));
        envelope.put("success", true);
        envelope.put("result", result);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope);
    }

    static String help(PublicLinks links, String name) {
        return links.api("/api/3/action/help_show?name=" + name);
    }

    /** CKAN answers requests it cannot read with a bare JSON string, not an envelope. */
    static ResponseEntity<String> badRequest(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(MediaType.APPLICATION_JSON)
            .body(JsonMapper.shared().writeValueAsString("Bad request - " + detail));
    }

}
