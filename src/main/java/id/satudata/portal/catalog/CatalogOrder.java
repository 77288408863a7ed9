package id.satudata.portal.catalog;

/** Orders of public dataset lists. */
public enum CatalogOrder {

    /** Most recently released first. */
    NEWEST,
    /** Most recently changed (data or metadata) first. */
    MODIFIED,
    /** Most viewed first. */
    MOST_VIEWED,
    /** By title. */
    TITLE

}
