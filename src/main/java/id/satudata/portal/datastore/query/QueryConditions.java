package id.satudata.portal.datastore.query;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.datastore.schema.Values;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/** Turns {@link RowFilter}s into jOOQ conditions on a dataset's typed table. */
public final class QueryConditions {

    private final TableSchema schema;

    private final Values values;

    QueryConditions(TableSchema schema, ZoneId zone) {
        this.schema = schema;
        this.values = new Values(zone);
    }

    public SchemaField field(String column) {
        return schema.field(column)
            .orElseThrow(() -> new ValidationException("column", "datastore.error.query.unknownColumn", column));
    }

    public @Nullable Object typed(SchemaField field, @Nullable String text) {
        try {
            return values.parse(field, text);
        }
        catch (Values.BadValue e) {
            throw new ValidationException("value", "datastore.error.query.badValue", field.name(), e.value());
        }
    }

    Condition all(List<RowFilter> filters) {
        Condition condition = DSL.trueCondition();
        for (RowFilter filter : filters) {
            condition = condition.and(one(filter));
        }
        return condition;
    }

    private Condition one(RowFilter filter) {
        SchemaField field = field(filter.column());
        Field<Object> column = DataTable.column(field);
        List<String> given = filter.values();
        return switch (filter.op()) {
            case EQUALS -> {
                Object value = typed(field, given.isEmpty() ? null : given.get(0));
                yield value == null ? column.isNull() : column.eq(value);
            }
            case IN -> {
                if (given.isEmpty() || given.size() > 1000) {
                    throw new ValidationException("value", "datastore.error.query.inSize");
                }
                List<Object> typed = new ArrayList<>();
                given.forEach(v -> typed.add(typed(field, v)));
                // a missing value matches missing cells, as with EQUALS and in the
                // rollups
                yield typed.contains(null) ? column.in(typed).or(column.isNull()) : column.in(typed);
            }
            case RANGE -> {
                Object from = given.size() > 0 ? typed(field, given.get(0)) : null;
                Object to = given.size() > 1 ? typed(field, given.get(1)) : null;
                Condition c = DSL.trueCondition();
                c = from == null ? c : c.and(column.ge(from));
                yield to == null ? c : c.and(column.le(to));
            }
            case CONTAINS -> {
                String text = given.isEmpty() || given.get(0) == null ? "" : given.get(0);
                if (text.length() > 200) {
                    throw new ValidationException("value", "datastore.error.query.textLength");
                }
                Field<String> asText = field.type() == FieldType.STRING ? column.coerce(SQLDataType.CLOB)
                        : column.cast(SQLDataType.CLOB);
                yield asText.containsIgnoreCase(text);
            }
        };
    }

}
