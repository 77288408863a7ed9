package id.satudata.portal.datastore;

/** Where a load came from. */
public enum LoadSource {

    PUSH, UPLOAD, PULL, DEMO

}
