package id.satudata.portal.portal;

import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the public pages ask of search: suggestions for the search box and result pages
 * with facets.
 */
@Component
class PortalSearch {

    private final PublicCatalog catalog;

    PortalSearch(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    /** Titles of released datasets containing the text, for the search box. */
    List<String> suggest(String prefix, int limit) {
        String text = prefix.toLowerCase(Locale.ROOT);
        return catalog.datasets(null, null, null, CatalogOrder.TITLE, 0, PublicCatalog.MAX_PAGE)
            .items()
            .stream()
            .map(DatasetSummary::title)
            .filter(t -> t.toLowerCase(Locale.ROOT).contains(text))
            .limit(limit)
            .toList();
    }

}
