package id.satudata.portal.api.ckan;

import id.satudata.portal.catalog.PublicResource;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.query.RowPage;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.datastore.schema.TableSchema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code datastore_search} on a released dataset's table: {@code resource_id} (the UUID
 * of its CSV or API resource, or as earlier: the dataset's slug, {@code <slug>-api}),
 * {@code filters} (value: equals; list: any of), {@code q} (an object {@code {"column":
 * "text"}}: the column contains the text), {@code fields}, {@code sort} (one column, or
 * {@code _id}), {@code limit} (default 100, at most 1000), {@code offset},
 * {@code records_format} (objects or lists). The dataset is looked up by
 * {@link CkanLookup} (unreleased: not found) and read through
 * {@link DatasetQueryService}.
 */
@Component
class DatastoreSearch {

    static final int DEFAULT_LIMIT = 100;

    private final CkanLookup lookup;

    private final DatasetQueryService queries;

    private final ZoneId zone;

    DatastoreSearch(CkanLookup lookup, DatasetQueryService queries, java.time.Clock clock) {
        this.lookup = lookup;
        this.queries = queries;
        this.zone = clock.getZone();
    }

    Map<String, @Nullable Object> search(CkanParams params, String path) {
        String resourceId = params.required("resource_id");
        PublicDataset dataset = resolve(resourceId);
        TableSchema schema = dataset.dataset().schema();
        List<RowFilter> filters = new ArrayList<>(filters(params, schema));
        filters.addAll(textFilters(params, schema));
        RowQuery query = sort(params.string("sort"), schema).filteredBy(filters);
        List<SchemaField> fields = fields(params.list("fields"), schema);
        int limit = Math.min(params.integer("limit", DEFAULT_LIMIT, 0), DatasetQueryService.MAX_PAGE);
        int offset = params.integer("offset", 0, 0);
        String format = params.string("records_format") == null ? "objects" : params.string("records_format");
        if (!format.equals("objects") && !format.equals("lists")) {
            throw CkanException.validation("records_format", "Value must be one of ['objects', 'lists']");
        }
        long id = dataset.summary().id();
        List<DataRow> rows = limit == 0 ? List.of() : queries.rows(id, query, offset, limit).rows();
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        result.put("include_total", true);
        result.put("resource_id", resourceId);
        result.put("fields", fieldDicts(fields));
        result.put("records_format", format);
        result.put("records", records(rows, schema, fields, format.equals("objects")));
        result.put("limit", limit);
        result.put("offset", offset);
        result.put("total_estimation_threshold", null);
        putEchoes(result, params);
        result.put("_links", links(path, params, offset, limit));
        result.put("total", queries.count(id, query));
        result.put("total_was_estimated", false);
        return result;
    }

    /** Only the CSV and API resources read the table (CKAN's datastore_active). */
    private PublicDataset resolve(String resourceId) {
        PublicResource resource = lookup.resource(resourceId);
        if (!resource.kind().datastore()) {
            throw CkanException.notFound("Resource \"" + resourceId + "\" was not found.");
        }
        return resource.dataset();
    }

    private static SchemaField column(TableSchema schema, String param, String name) {
        return schema.field(name)
            .orElseThrow(() -> CkanException.validation(param, "field \"" + name + "\" not in table"));
    }

    private static List<RowFilter> filters(CkanParams params, TableSchema schema) {
        Map<?, ?> given = params.object("filters");
        List<RowFilter> filters = new ArrayList<>();
        if (given == null) {
            return filters;
        }
        for (Map.Entry<?, ?> entry : given.entrySet()) {
            String name = String.valueOf(entry.getKey());
            column(schema, "filters", name);
            Object value = entry.getValue();
            if (value instanceof List<?> list) {
                if (list.isEmpty() || list.stream().anyMatch(v -> v == null || v instanceof Map || v instanceof List)) {
                    throw CkanException.validation("filters", "values of \"" + name + "\" must be plain values");
                }
                filters.add(RowFilter.in(name, list.stream().map(String::valueOf).toList()));
            }
            else if (value instanceof Map) {
                throw CkanException.validation("filters", "value of \"" + name + "\" must be a plain value or list");
            }
            else {
                filters.add(RowFilter.equalTo(name, value == null ? null : String.valueOf(value)));
            }
        }
        return filters;
    }

    private static List<RowFilter> textFilters(CkanParams params, TableSchema schema) {
        Object q = params.raw("q");
        if (q == null || q instanceof String text && text.isBlank()) {
            return List.of();
        }
        Map<?, ?> perColumn = q instanceof String text && !text.strip().startsWith("{") ? null : params.object("q");
        if (perColumn == null) {
            throw CkanException.validation("q",
                    "full-text search over all fields is not supported; give {\"column\": \"text\"}");
        }
        List<RowFilter> filters = new ArrayList<>();
        perColumn.forEach((key, value) -> {
            column(schema, "q", String.valueOf(key));
            if (value == null || value instanceof Map || value instanceof List) {
                throw CkanException.validation("q", "the text for \"" + key + "\" must be a string");
            }
            filters.add(RowFilter.contains(String.valueOf(key), String.valueOf(value)));
        });
        return filters;
    }

    private static RowQuery sort(@Nullable String sort, TableSchema schema) {
        if (sort == null || sort.isBlank()) {
            return RowQuery.all();
        }
        String[] parts = sort.strip().split(",");
        if (parts.length > 1) {
            throw CkanException.validation("sort", "sorting by more than one field is not supported");
        }
        String[] words = parts[0].strip().replace("\"", "").split("\\s+");
        boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
        if (words.length > 2 || words.length == 2 && !desc && !words[1].equalsIgnoreCase("asc")) {
            throw CkanException.validation("sort", "cannot read sort \"" + sort + "\"");
        }
        if (words[0].equals("_id")) {
            if (desc) {
                throw CkanException.validation("sort", "_id sorts ascending only");
            }
            return RowQuery.all();
        }
        return RowQuery.all().sortedBy(column(schema, "sort", words[0]).name(), desc);
    }

    private static List<SchemaField> fields(List<String> names, TableSchema schema) {
        if (names.isEmpty()) {
            return schema.fields();
        }
        return names.stream().filter(n -> !n.equals("_id")).map(n -> column(schema, "fields", n)).toList();
    }

    /** CKAN (PostgreSQL) type names of the columns, {@code _id} first. */
    static String ckanType(FieldType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER, YEAR -> "int";
            case NUMBER -> "numeric";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case DATETIME -> "timestamp";
        };
    }

    private static List<Map<String, Object>> fieldDicts(List<SchemaField> fields) {
        List<Map<String, Object>> dicts = new ArrayList<>();
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("id", "_id");
        id.put("type", "int");
        dicts.add(id);
        for (SchemaField field : fields) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("label", field.title());
            info.put("notes", field.unit() == null ? "" : "Satuan: " + field.unit());
            info.put("type_override", "");
            Map<String, Object> dict = new LinkedHashMap<>();
            dict.put("id", field.name());
            dict.put("type", ckanType(field.type()));
            dict.put("info", info);
            dicts.add(dict);
        }
        return dicts;
    }

    private List<Object> records(List<DataRow> rows, TableSchema schema, List<SchemaField> fields, boolean objects) {
        List<Object> records = new ArrayList<>();
        for (DataRow row : rows) {
            Map<String, @Nullable Object> record = new LinkedHashMap<>();
            record.put("_id", row.rowNumber());
            for (SchemaField field : fields) {
                record.put(field.name(), value(row.values().get(schema.indexOf(field.name()))));
            }
            records.add(objects ? record : new ArrayList<>(record.values()));
        }
        return records;
    }

    private @Nullable Object value(@Nullable Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone).toLocalDateTime().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }

    private static void putEchoes(Map<String, @Nullable Object> result, CkanParams params) {
        for (String key : List.of("q", "filters", "sort")) {
            if (params.has(key)) {
                Object raw = params.raw(key);
                result.put(key, raw instanceof String text && text.strip().startsWith("{") ? params.object(key) : raw);
            }
        }
    }

    private static Map<String, String> links(String path, CkanParams params, int offset, int limit) {
        UriComponentsBuilder start = UriComponentsBuilder.fromPath(path);
        params.names().stream().filter(n -> !n.equals("offset")).forEach(n -> start.queryParam(n, params.encoded(n)));
        Map<String, String> links = new LinkedHashMap<>();
        links.put("start", start.build().encode().toUriString());
        links.put("next", start.cloneBuilder().queryParam("offset", offset + limit).build().encode().toUriString());
        if (offset - limit > 0) {
            links.put("prev", start.cloneBuilder().queryParam("offset", offset - limit).build().encode().toUriString());
        }
        return links;
    }

}
