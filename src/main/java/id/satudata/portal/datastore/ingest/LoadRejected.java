package id.satudata.portal.datastore.ingest;

/**
 * Thrown inside the load transaction to roll it back when the payload breaks the schema.
 */
final class LoadRejected extends RuntimeException {

    private final long rowsIn;

    LoadRejected(long rowsIn) {
        super("load rejected", null, false, false);
        this.rowsIn = rowsIn;
    }

    long rowsIn() {
        return rowsIn;
    }

}
