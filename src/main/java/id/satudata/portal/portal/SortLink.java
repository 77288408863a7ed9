package id.satudata.portal.portal;

/**
 * A sort order of the search page: its message key, its address, whether it is chosen.
 */
public record SortLink(String labelKey, String url, boolean current) {
}
