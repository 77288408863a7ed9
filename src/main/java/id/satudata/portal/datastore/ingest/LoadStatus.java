package id.satudata.portal.datastore.ingest;

/**
 * The state of a load: RUNNING; ACCEPTED (rows written); REJECTED (the payload broke the
 * schema, nothing written); FAILED (the hub failed or was stopped, nothing written).
 */
public enum LoadStatus {

    RUNNING, ACCEPTED, REJECTED, FAILED

}
