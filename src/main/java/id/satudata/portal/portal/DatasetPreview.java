package id.satudata.portal.portal;

import id.satudata.portal.datastore.CellText;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.query.RowQuery;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The preview of a dataset page: the first rows of the (filtered) table, and a select per
 * category column of at most {@link #MAX_FILTER_VALUES} values whose choice filters the
 * rows, the chart and the download links ({@code f.<column>=<value>} in the address).
 */
@Component
class DatasetPreview {

    static final int ROWS = 20;

    static final int MAX_FILTERS = 4;

    static final int MAX_FILTER_VALUES = 60;

    /** Identifier and code columns make poor filters. */
    private static final Pattern IDENTIFIER = Pattern.compile("(id|no|nomor|kode.*|.*_id)");

    private final DatasetQueryService queries;

    private final ZoneId zone;

    DatasetPreview(DatasetQueryService queries, Clock clock) {
        this.queries = queries;
        this.zone = clock.getZone();
    }

    /** The filters of the address on columns of the dataset (others are ignored). */
    static List<RowFilter> filters(Dataset dataset, Map<String, List<String>> parameters) {
        return PublicDownloads.filters(dataset, parameters.entrySet()
            .stream()
            .filter(p -> p.getKey().startsWith(PublicDownloads.FILTER_PREFIX)
                    && dataset.schema().field(p.getKey().substring(PublicDownloads.FILTER_PREFIX.length())).isPresent())
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    List<FilterSelect> selects(Dataset dataset, List<RowFilter> filters) {
        List<FilterSelect> selects = new ArrayList<>();
        for (SchemaField field : dataset.schema().dimensions()) {
            if (selects.size() == MAX_FILTERS || !filterable(field)) {
                continue;
            }
            List<String> values = queries.distinct(dataset.id(), field.name(), List.of(), MAX_FILTER_VALUES + 1)
                .stream()
                .map(DistinctValue::value)
                .filter(Objects::nonNull)
                .map(Object::toString)
                .sorted()
                .toList();
            if (values.size() < 2 || values.size() > MAX_FILTER_VALUES) {
                continue;
            }
            String chosen = filters.stream()
                .filter(f -> f.column().equals(field.name()) && f.values().size() == 1)
                .map(f -> String.valueOf(f.values().get(0)))
                .findFirst()
                .orElse("");
            selects.add(new FilterSelect(PublicDownloads.FILTER_PREFIX + field.name(), field.title(), values, chosen));
        }
        return selects;
    }

    private static boolean filterable(SchemaField field) {
        return !IDENTIFIER.matcher(field.name()).matches()
                && (field.type() == FieldType.STRING || field.type() == FieldType.YEAR
                        || field.type() == FieldType.BOOLEAN || field.type() == FieldType.INTEGER);
    }

    /** The first rows of the filtered table, as the visitor reads them. */
    List<List<String>> rows(Dataset dataset, List<RowFilter> filters, Locale locale) {
        List<SchemaField> fields = dataset.schema().fields();
        return queries.rows(dataset.id(), RowQuery.all().filteredBy(filters), 0, ROWS)
            .rows()
            .stream()
            .map(row -> IntStream.range(0, fields.size())
                .mapToObj(i -> CellText.of(fields.get(i), row.values().get(i), locale, zone))
                .toList())
            .toList();
    }

    long count(Dataset dataset, List<RowFilter> filters) {
        return queries.count(dataset.id(), RowQuery.all().filteredBy(filters));
    }

}
