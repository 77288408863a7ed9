package id.satudata.portal.search;

import org.jspecify.annotations.Nullable;

/**
 * Which datasets a search looks at: the released ones (anyone), every dataset of one OPD
 * (its staff and the agency's staff) or every dataset (the agency's staff).
 * {@link SearchService} checks the caller against the scope.
 *
 * @param opdId the OPD of an internal search; null with {@code internal}: all OPDs
 */
public record SearchScope(boolean internal, @Nullable Long opdId) {

    private static final SearchScope PUBLIC = new SearchScope(false, null);

    public static SearchScope publicScope() {
        return PUBLIC;
    }

    public static SearchScope opd(long opdId) {
        return new SearchScope(true, opdId);
    }

    public static SearchScope allDatasets() {
        return new SearchScope(true, null);
    }

}
