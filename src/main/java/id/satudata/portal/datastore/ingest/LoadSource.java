package id.satudata.portal.datastore.ingest;

/** Where a load came from. */
public enum LoadSource {

    PUSH, UPLOAD, PULL, DEMO

}
