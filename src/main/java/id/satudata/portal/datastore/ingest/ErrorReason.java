package id.satudata.portal.datastore.ingest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a load refused a value, a row or the whole payload: a stable code the API answers
 * with, the English text the API has always written, and a message key the back office
 * renders in the user's language (the parameters are the same in all three).
 */
public enum ErrorReason {

    NOT_AN_INTEGER("not an integer: {0}"), NOT_A_YEAR("not a year: {0}"), NOT_A_NUMBER("not a number: {0}"),
    NOT_A_BOOLEAN("not a boolean: {0}"), NOT_A_DATE("not a date: {0}"), NOT_A_DATETIME("not a date-time: {0}"),
    VALUE_REQUIRED("value required"), KEY_TWICE_IN_LOAD("key {0} appears twice in this load"),
    KEY_EXISTS("a row with this key exists already"), COLUMN_NOT_IN_SCHEMA("column not in the schema"),
    VALUE_BEYOND_HEADER("value in column {0} beyond the header"), NESTED_VALUE("nested value"),
    KEY_NOT_IN_SCHEMA("key not in the schema"), NO_ROWS("no rows"), EMPTY_BODY("empty body"),
    NO_HEADER("no header row names the schema''s columns {0}"), COLUMN_TWICE("column {0} appears twice"),
    REQUIRED_COLUMNS_MISSING("required columns missing: {0}"), INVALID_UTF8("invalid UTF-8 byte {0} at byte {1}"),
    SAMPLE_FORMAT("schemas are inferred from CSV or XLSX"), BODY_TOO_LARGE("body larger than {0} bytes"),
    ROW_TOO_LONG("row longer than {0} characters"), TOO_MANY_COLUMNS("more than {0} columns"),
    NOT_XLSX("not an XLSX (zip) file"), UNREADABLE_XLSX("unreadable XLSX: {0}"), NO_SHEET("the workbook has no sheet"),
    UNREADABLE_SHEET("unreadable sheet: {0}"), UNCLOSED_QUOTE("unclosed quote"),
    TEXT_AFTER_QUOTE("text after a closing quote"), NOT_AN_ARRAY("the body must be a JSON array of objects"),
    INVALID_JSON("invalid JSON: {0}"), TEXT_AFTER_ARRAY("text after the array"),
    ELEMENT_NOT_OBJECT("array element {0} is not an object"), NO_SCHEMA("the dataset has no schema yet"),
    NO_KEY("upsert needs a primary key in the schema"), INTERNAL("the hub could not complete the load");

    private final String english;

    ErrorReason(String english) {
        this.english = english;
    }

    /** The key of this reason's text in the message bundles. */
    public String messageKey() {
        return "datastore.reason." + name();
    }

    /** The English text the API writes, with the parameters filled in. */
    public String english(List<String> params) {
        return new MessageFormat(english, Locale.ROOT).format(params.toArray());
    }

}
