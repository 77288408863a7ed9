package id.satudata.portal.catalog;

/** What happened to a dataset in the catalogue. */
public enum CatalogEventKind {

    RELEASED, WITHDRAWN, METADATA_CHANGED

}
