package id.satudata.portal.portal;

import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The URLs crawlers should know, from the public catalogue only: the home, search,
 * organisation and topic lists, every released dataset, and each OPD and topic with
 * released datasets, with the date of their last change. Written as one sitemap, or as a
 * sitemap index of parts of at most {@link #MAX_URLS} URLs (the protocol's limit).
 */
@Component
class Sitemap {

    static final int MAX_URLS = 50_000;

    private final PublicCatalog catalog;

    Sitemap(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    /** A URL (path) and its last change. */
    record Entry(String path, @Nullable OffsetDateTime lastModified) {
    }

    List<Entry> entries() {
        List<DatasetSummary> datasets = released();
        Map<String, OffsetDateTime> organisations = new LinkedHashMap<>();
        Map<String, OffsetDateTime> topics = new LinkedHashMap<>();
        for (DatasetSummary d : datasets) {
            organisations.merge(d.organisation().code(), d.modifiedAt(), Sitemap::later);
            if (d.topic() != null) {
                topics.merge(d.topic().code(), d.modifiedAt(), Sitemap::later);
            }
        }
        OffsetDateTime newest = datasets.stream().map(DatasetSummary::modifiedAt).reduce(null, Sitemap::later);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("/", newest));
        entries.add(new Entry(SearchPageController.PATH, newest));
        entries.add(new Entry(DirectoryController.ORGANISATIONS, newest));
        entries.add(new Entry(DirectoryController.TOPICS, newest));
        organisations.forEach((code, at) -> entries.add(new Entry(DirectoryController.ORGANISATIONS + "/" + code, at)));
        topics.forEach((code, at) -> entries.add(new Entry(DirectoryController.TOPICS + "/" + code, at)));
        datasets.forEach(d -> entries.add(new Entry(DatasetPageController.path(d.slug()), d.modifiedAt())));
        return entries;
    }

    private List<DatasetSummary> released() {
        List<DatasetSummary> all = new ArrayList<>();
        CatalogPage<DatasetSummary> page;
        do {
            page = catalog.datasets(null, null, null, CatalogOrder.TITLE, all.size(), PublicCatalog.MAX_PAGE);
            all.addAll(page.items());
        }
        while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    private static @Nullable OffsetDateTime later(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Number of parts for so many entries; 1 means a plain sitemap. */
    static int parts(int entries, int maxUrls) {
        return Math.max(1, (entries + maxUrls - 1) / maxUrls);
    }

    static String urlSet(List<Entry> entries, String baseUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry entry : entries) {
            xml.append("<url><loc>").append(escape(baseUrl + entry.path())).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(date(entry.lastModified())).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    static String index(int parts, String baseUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 1; part <= parts; part++) {
            xml.append("<sitemap><loc>")
                .append(escape(baseUrl + "/sitemap-" + part + ".xml"))
                .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    private static String date(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
