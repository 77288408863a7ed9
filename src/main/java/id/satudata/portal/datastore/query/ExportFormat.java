package id.satudata.portal.datastore.query;

/** Formats of a streamed export. */
public enum ExportFormat {

    CSV, JSON, XLSX

}
