package id.satudata.portal.datastore.ingest;

/**
 * How a load changes the table: APPEND adds rows, REPLACE swaps the whole table, UPSERT
 * updates rows with the same primary key and adds the others.
 */
public enum LoadMode {

    APPEND, REPLACE, UPSERT

}
