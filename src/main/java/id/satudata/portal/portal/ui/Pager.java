package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntFunction;

/**
 * Previous/next links between pages of a list; plain links (crawlable), each to the URL
 * of its page number (1-based).
 */
class Pager extends Nav {

    Pager(int page, long total, int pageSize, IntFunction<String> urlOfPage) {
        addClassName("pager");
        setId("pager");
        getElement().setAttribute("aria-label", getTranslation("portal.pager.label"));
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (pages <= 1) {
            setVisible(false);
            return;
        }
        if (page > 1) {
            Anchor previous = new Anchor(urlOfPage.apply(page - 1), getTranslation("portal.pager.previous"));
            previous.setId("pager-previous");
            previous.getElement().setAttribute("rel", "prev");
            add(previous);
        }
        add(new Span(getTranslation("portal.pager.position", page, pages)));
        if (page < pages) {
            Anchor next = new Anchor(urlOfPage.apply(page + 1), getTranslation("portal.pager.next"));
            next.setId("pager-next");
            next.getElement().setAttribute("rel", "next");
            add(next);
        }
    }

    /** The 1-based page number of a query parameter value; 1 when missing or bad. */
    static int pageOf(java.util.List<String> values) {
        if (values == null || values.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(values.get(0))));
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

}
