package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.schema.SchemaJson;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** A JSON array of flat objects, read as a stream, mapped onto a schema by key. */
final class JsonRows implements SchemaRows {

    private final JsonParser parser;

    private final TableSchema schema;

    private final Map<String, Integer> index = new HashMap<>();

    private long row;

    private boolean done;

    JsonRows(Reader in, TableSchema schema) {
        this.schema = schema;
        for (int i = 0; i < schema.fields().size(); i++) {
            index.put(schema.fields().get(i).name(), i);
        }
        try {
            this.parser = SchemaJson.JSON.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PayloadException(LoadProblem.EMPTY, 0, ErrorReason.EMPTY_BODY);
            }
            if (first != JsonToken.START_ARRAY) {
                throw new PayloadException(LoadProblem.MALFORMED, 0, ErrorReason.NOT_AN_ARRAY);
            }
        }
        catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private PayloadException malformed(JacksonException e) {
        if (e.getCause() instanceof PayloadException payload) {
            return payload;
        }
        return new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.INVALID_JSON, e.getOriginalMessage());
    }

    @Override
    public String @Nullable [] next(Problems problems) throws IOException {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                done = true;
                if (parser.nextToken() != null) {
                    throw new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.TEXT_AFTER_ARRAY);
                }
                return null;
            }
            row++;
            if (token != JsonToken.START_OBJECT) {
                throw new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.ELEMENT_NOT_OBJECT, row);
            }
            return readObject(problems);
        }
        catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private String[] readObject(Problems problems) {
        String[] values = new String[schema.fields().size()];
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            Integer at = index.get(key);
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                problems.add(row, key, at == null ? LoadProblem.UNKNOWN_COLUMN : LoadProblem.WRONG_TYPE,
                        ErrorReason.NESTED_VALUE);
                continue;
            }
            if (at == null) {
                problems.add(row, key, LoadProblem.UNKNOWN_COLUMN, ErrorReason.KEY_NOT_IN_SCHEMA);
                continue;
            }
            values[at] = value == JsonToken.VALUE_NULL ? null : parser.getString();
        }
        return values;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public long skipped() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

}
