package id.satudata.portal.datastore.schema;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One column of a dataset's table schema.
 *
 * @param name column name, also the name in CSV headers and JSON keys ({@link #NAME})
 * @param title human title
 * @param type value type
 * @param unit unit of a measure (e.g. "jiwa", "persen"), or null
 * @param required whether every row must have a value
 * @param role dimension (category) or measure (value)
 */
public record SchemaField(String name, String title, FieldType type, @Nullable String unit, boolean required,
        FieldRole role) {

    /**
     * Column names: lower-case letters, digits and underscores, starting with a letter,
     * at most 55 characters (rollup columns add a suffix within PostgreSQL's 63).
     */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,54}");

    public SchemaField withName(String newName) {
        return new SchemaField(newName, title, type, unit, required, role);
    }

    public SchemaField withType(FieldType newType) {
        return new SchemaField(name, title, newType, unit, required, role);
    }

    public SchemaField withRole(FieldRole newRole) {
        return new SchemaField(name, title, type, unit, required, newRole);
    }

    public SchemaField withRequired(boolean newRequired) {
        return new SchemaField(name, title, type, unit, newRequired, role);
    }

    public boolean isDimension() {
        return role == FieldRole.DIMENSION;
    }

    public boolean isMeasure() {
        return role == FieldRole.MEASURE && type.numeric();
    }

}
