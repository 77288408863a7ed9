package id.satudata.portal.catalog;

import java.util.List;

/** A page of a longer list, with the size of the whole list. */
public record CatalogPage<T>(List<T> items, long total, int offset, int limit) {

    public CatalogPage {
        items = List.copyOf(items);
    }

}
