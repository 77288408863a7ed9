package id.satudata.portal.datastore;

/** Formats of a streamed export. */
public enum ExportFormat {

    CSV, JSON

}
