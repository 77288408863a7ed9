package id.satudata.portal.datastore.ingest;

/**
 * Kinds of problems a load can have, each with the HTTP status the push API answers with
 * when it rejects the load for it.
 */
public enum LoadProblem {

    /**
     * The body is not well-formed CSV or JSON (also: invalid UTF-8, JSON not an array).
     */
    MALFORMED(400), EMPTY(400), ENCODING(400),
    /** A row or the whole body is larger than allowed. */
    TOO_LARGE(413),
    /** The content type is not CSV, JSON or XLSX. */
    UNSUPPORTED_TYPE(415),
    /** Well-formed, but breaks the schema. */
    HEADER(422), UNKNOWN_COLUMN(422), MISSING_REQUIRED(422), WRONG_TYPE(422), DUPLICATE_KEY(422), TOO_MANY_VALUES(422),
    NO_SCHEMA(422), NO_KEY(422),
    /** The hub failed (database, disk); not the sender's fault. */
    INTERNAL(500);

    private final int httpStatus;

    LoadProblem(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The message key of this kind of problem. */
    public String messageKey() {
        return "datastore.problem." + name();
    }

}
