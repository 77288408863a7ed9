package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.portal.DownloadController;
import id.satudata.portal.portal.DownloadFormat;
import id.satudata.portal.portal.PublicDownloads;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Links to the downloads of a dataset: the whole table, and when the preview is filtered,
 * the filtered view, each as CSV, JSON and XLSX.
 */
class DownloadLinks extends Div {

    private final Dataset dataset;

    DownloadLinks(Dataset dataset) {
        this.dataset = dataset;
        setId("downloads");
        addClassName("downloads");
    }

    void show(List<RowFilter> filters, long filteredRows) {
        removeAll();
        add(row("whole", getTranslation("portal.dataset.downloads.whole"), ""));
        if (!filters.isEmpty()) {
            add(row("filtered",
                    getTranslation("portal.dataset.downloads.filtered", PortalFormat.number(filteredRows, getLocale())),
                    query(filters)));
        }
        Paragraph note = new Paragraph(getTranslation("portal.dataset.downloads.note"));
        note.addClassName("note");
        add(note);
    }

    private Div row(String id, String label, String query) {
        Span name = new Span(label);
        name.addClassName("download-label");
        Div row = new Div(name);
        row.addClassName("download-row");
        for (DownloadFormat format : DownloadFormat.values()) {
            Anchor link = new Anchor(url(dataset.slug(), format, query), format.name());
            link.setId("download-" + id + "-" + format.extension());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.addClassName("download-button");
            row.add(link);
        }
        return row;
    }

    static String url(String slug, DownloadFormat format, String query) {
        return DownloadController.PATH + slug + "." + format.extension() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The filters as {@code f.<column>=<value>} query parameters. */
    static String query(List<RowFilter> filters) {
        return filters.stream()
            .flatMap(f -> f.values()
                .stream()
                .map(v -> encode(PublicDownloads.FILTER_PREFIX + f.column()) + "=" + encode(v == null ? "" : v)))
            .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
