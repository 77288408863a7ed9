package id.satudata.portal.portal;

import java.util.List;

/**
 * One facet of the search page as links: each value with its count toggles that value in
 * the page's address.
 */
public record FacetGroup(String dimension, List<Link> values) {

    /**
     * A facet value: its name, count, whether chosen, and the address with it toggled.
     */
    public record Link(String label, String count, boolean selected, String url) {
    }

}
