package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.DatasetSummary;
import java.time.ZoneId;
import java.util.function.IntFunction;

/** A page of dataset cards with its pager. */
class DatasetListing extends Div {

    static final int PAGE_SIZE = 10;

    static final String PAGE_PARAMETER = "hal";

    DatasetListing(CatalogPage<DatasetSummary> page, ZoneId zone, IntFunction<String> urlOfPage) {
        setId("dataset-list");
        addClassName("dataset-list");
        if (page.items().isEmpty()) {
            add(new Paragraph(getTranslation("portal.list.empty")));
        }
        page.items().forEach(d -> add(new DatasetCard(d, zone)));
        add(new Pager(page.offset() / page.limit() + 1, page.total(), page.limit(), urlOfPage));
    }

    /** The offset of a 1-based page number. */
    static int offset(int page) {
        return (page - 1) * PAGE_SIZE;
    }

}
