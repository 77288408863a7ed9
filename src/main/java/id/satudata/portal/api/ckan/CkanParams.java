package id.satudata.portal.api.ckan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of one action call, from a GET query string (one value: a string;
 * repeated keys: a list) or a POST JSON object. Reading a parameter checks it and throws
 * CKAN's 409 Validation Error naming the parameter.
 */
final class CkanParams {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Map<String, @Nullable Object> values;

    CkanParams(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /** From a servlet parameter map (GET). */
    static CkanParams ofQuery(Map<String, String[]> query) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        query.forEach((key, given) -> values.put(key, given.length == 1 ? given[0] : Arrays.asList(given)));
        return new CkanParams(values);
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    @Nullable String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            throw CkanException.validation(name, "Must be a string");
        }
        return value.toString();
    }

    String required(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw CkanException.validation(name, "Missing value");
        }
        return value;
    }

    int integer(String name, int defaultValue, int min) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            return defaultValue;
        }
        try {
            int number = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue()
                    : Integer.parseInt(value.toString().strip());
            if (number < min) {
                throw CkanException.validation(name, "Must be a natural number");
            }
            return number;
        }
        catch (NumberFormatException e) {
            throw CkanException.validation(name, "Invalid integer");
        }
    }

    boolean bool(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "y", "on" -> true;
            case "false", "0", "no", "n", "off", "" -> false;
            default -> throw CkanException.validation(name, "Must be a boolean");
        };
    }

    /**
     * A list: a JSON list, a repeated GET key, a JSON string of a list, or a comma
     * separated string.
     */
    List<String> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text && text.strip().startsWith("[")) {
            value = parse(name, text);
        }
        if (value instanceof List<?> items) {
            List<String> strings = new ArrayList<>();
            for (Object item : items) {
                if (item == null || item instanceof List<?> || item instanceof Map<?, ?>) {
                    throw CkanException.validation(name, "Must be a list of strings");
                }
                strings.add(item.toString().strip());
            }
            return strings;
        }
        if (value instanceof Map<?, ?>) {
            throw CkanException.validation(name, "Must be a list of strings");
        }
        return Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A JSON object, given as an object (POST) or a JSON string (GET); null if absent.
     */
    @Nullable Map<?, ?> object(String name) {
        Object value = values.get(name);
        if (value instanceof String text && !text.isBlank()) {
            value = parse(name, text);
        }
        if (value == null || value instanceof String) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw CkanException.validation(name, "Not a JSON object");
    }

    java.util.Set<String> names() {
        return values.keySet();
    }

    /** The value as written in a query string: text as is, lists and objects as JSON. */
    String encoded(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof String) {
            return value == null ? "" : (String) value;
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return JSON.writeValueAsString(value);
        }
        return value.toString();
    }

    /** The raw value (string, list, map, number, boolean) or null. */
    @Nullable Object raw(String name) {
        return values.get(name);
    }

    private static Object parse(String name, String text) {
        try {
            return JSON.readValue(text, Object.class);
        }
        catch (JacksonException e) {
            throw CkanException.validation(name, "Could not parse as valid JSON");
        }
    }

}
