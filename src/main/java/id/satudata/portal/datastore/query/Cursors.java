package id.satudata.portal.datastore.query;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.SchemaJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keyset cursors: the last row's sort value and row number, as an opaque URL-safe text.
 */
final class Cursors {

    private Cursors() {
    }

    static String encode(@Nullable Object sortValue, boolean missing, long row) {
        ObjectNode node = SchemaJson.JSON.createObjectNode();
        node.put("r", row);
        node.put("m", missing);
        if (sortValue != null) {
            node.put("v", sortValue.toString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static QueryRepository.Seek decode(String cursor, @Nullable SchemaField sort, QueryConditions conditions) {
        try {
            JsonNode node = SchemaJson.JSON
                .readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            boolean missing = node.path("m").asBoolean();
            Object value = sort == null || missing ? null : conditions.typed(sort, node.path("v").asString());
            return new QueryRepository.Seek(missing, value, node.path("r").asLong());
        }
        catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            throw new ValidationException("cursor", "datastore.error.query.cursor");
        }
    }

}
