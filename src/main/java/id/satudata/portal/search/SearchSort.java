package id.satudata.portal.search;

/** Orders of search results. */
public enum SearchSort {

    /** Best match first (newest first among equals); for an empty query: newest first. */
    RELEVANCE,
    /** Most recently released (or changed) first. */
    NEWEST,
    /** By title, A to Z. */
    TITLE

}
