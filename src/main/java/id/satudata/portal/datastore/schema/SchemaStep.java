package id.satudata.portal.datastore.schema;

import org.jspecify.annotations.Nullable;

/**
 * One step of a schema change, as recorded in the schema's version history.
 *
 * @param kind what changes
 * @param field the field's name after the step (before it, for a drop)
 * @param detail the previous name of a rename, the old and new type of a retype
 */
public record SchemaStep(Kind kind, String field, @Nullable String detail) {

    /** The kinds of change a schema may go through. */
    public enum Kind {

        ADD, RENAME, RETYPE, REORDER, DROP, REQUIRE, UNREQUIRE, KEY, DESCRIBE, MISSING_VALUES

    }

}
