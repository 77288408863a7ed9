package id.satudata.portal.datastore.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.JSONB;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A table schema as Frictionless-style JSON ({@code {"fields": [...], "primaryKey":
 * [...], "missingValues": [...]}}, types in lower case, plus our "role"). A schema stored
 * before it named its markers has the defaults.
 */
public final class SchemaJson {

    public static final JsonMapper JSON = JsonMapper.shared();

    private SchemaJson() {
    }

    public static String write(TableSchema schema) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode fields = root.putArray("fields");
        for (SchemaField field : schema.fields()) {
            ObjectNode f = fields.addObject();
            f.put("name", field.name());
            f.put("title", field.title());
            f.put("type", field.type().frictionless());
            if (field.unit() != null) {
                f.put("unit", field.unit());
            }
            f.put("role", field.role().name().toLowerCase(Locale.ROOT));
            f.putObject("constraints").put("required", field.required());
        }
        ArrayNode key = root.putArray("primaryKey");
        schema.primaryKey().forEach(key::add);
        ArrayNode missing = root.putArray("missingValues");
        schema.missingValues().forEach(missing::add);
        return JSON.writeValueAsString(root);
    }

    public static TableSchema read(String json) {
        JsonNode root = JSON.readTree(json);
        List<SchemaField> fields = new ArrayList<>();
        for (JsonNode f : root.path("fields")) {
            String unit = f.path("unit").isString() ? f.path("unit").asString() : null;
            fields.add(new SchemaField(f.path("name").asString(), f.path("title").asString(f.path("name").asString()),
                    FieldType.valueOf(f.path("type").asString("string").toUpperCase(Locale.ROOT)), unit,
                    f.path("constraints").path("required").asBoolean(false),
                    FieldRole.valueOf(f.path("role").asString("dimension").toUpperCase(Locale.ROOT))));
        }
        List<String> key = new ArrayList<>();
        JsonNode pk = root.path("primaryKey");
        if (pk.isString()) {
            key.add(pk.asString());
        }
        else {
            pk.forEach(k -> key.add(k.asString()));
        }
        JsonNode missing = root.path("missingValues");
        if (!missing.isArray()) {
            return new TableSchema(fields, key);
        }
        List<String> markers = new ArrayList<>();
        missing.forEach(m -> markers.add(m.asString()));
        return new TableSchema(fields, key, markers);
    }

    public static JSONB jsonb(TableSchema schema) {
        return JSONB.valueOf(write(schema));
    }

    public static TableSchema fromJsonb(JSONB json) {
        return read(json.data());
    }

}
