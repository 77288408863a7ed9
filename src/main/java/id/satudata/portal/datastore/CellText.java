package id.satudata.portal.datastore;

import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.schema.SchemaField;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A value of a dataset as a person reads it in a grid or preview: numbers in the reader's
 * language ({@link DisplayFormat}), years as written (2024, never "2.024"), times in the
 * region's zone. Downloads and the API write the machine form instead.
 */
public final class CellText {

    private CellText() {
    }

    public static String of(SchemaField field, @Nullable Object value, Locale locale, ZoneId zone) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case INTEGER, NUMBER -> value instanceof Number n ? DisplayFormat.number(n, locale) : value.toString();
            case DATETIME ->
                value instanceof OffsetDateTime at ? DisplayFormat.dateTime(at, zone, locale) : value.toString();
            case STRING, YEAR, BOOLEAN, DATE -> value.toString();
        };
    }

}
