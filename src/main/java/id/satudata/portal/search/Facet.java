package id.satudata.portal.search;

/** The facets of a search: the dimension names in the index and in URLs. */
public enum Facet {

    ORGANISATION("organisation"), TOPIC("topic"), TAG("tag"), FORMAT("format"), YEAR("year");

    private final String dimension;

    Facet(String dimension) {
        this.dimension = dimension;
    }

    public String dimension() {
        return dimension;
    }

}
