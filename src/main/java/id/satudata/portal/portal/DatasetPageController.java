package id.satudata.portal.portal;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.catalog.StandingService;
import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.EChartsOptions;
import id.satudata.portal.chart.DashboardChart;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.RowFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A released dataset's page: title and producer, upkeep (timeliness and the Satu Data
 * principles), the chart as its dashboard shows it, downloads, the first rows with
 * filters, API examples and the full metadata; schema.org JSON-LD, Open Graph and Twitter
 * tags in the head. Anything not released is "not found" ({@link PortalPages}).
 */
@Controller
class DatasetPageController {

    static final String PREFIX = "/dataset/";

    private final PublicCatalog catalog;

    private final StandingService standing;

    private final DatasetPreview preview;

    private final DashboardCharts charts;

    private final ChartImageRenderer images;

    private final MessageSource messages;

    private final String regionName;

    DatasetPageController(PublicCatalog catalog, StandingService standing, DatasetPreview preview,
            DashboardCharts charts, ChartImageRenderer images, MessageSource messages, PortalProperties portal) {
        this.catalog = catalog;
        this.standing = standing;
        this.preview = preview;
        this.charts = charts;
        this.images = images;
        this.messages = messages;
        this.regionName = portal.regionName();
    }

    static String path(String slug) {
        return PREFIX + slug;
    }

    @GetMapping(PREFIX + "{slug}")
    String dataset(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicDataset released = catalog.get(slug);
        Dataset dataset = released.dataset();
        PortalPage page = (PortalPage) model.getAttribute("p");
        Locale locale = page.locale();
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastChange(released).toInstant().toEpochMilli());
        catalog.recordView(released.summary().id());
        model.addAttribute("d", released);
        model.addAttribute("s", released.summary());
        model.addAttribute("m", released.metadata());
        model.addAttribute("standing", standing.of(released));
        model.addAttribute("jsonLd", DatasetJsonLd.of(released, page.baseUrl(), regionName));
        model.addAttribute("columns", dataset.schema().fields());
        if (dataset.schema().isEmpty()) {
            return "portal/dataset";
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        List<RowFilter> filters = DatasetPreview.filters(dataset, parameters);
        long filtered = preview.count(dataset, filters);
        model.addAttribute("selects", preview.selects(dataset, filters));
        model.addAttribute("rows", preview.rows(dataset, filters, locale));
        model.addAttribute("filtered", filtered);
        model.addAttribute("filteredView", !filters.isEmpty());
        model.addAttribute("downloads", downloads(dataset, filters, filtered, page));
        model.addAttribute("chart", chart(dataset, filters, locale).orElse(null));
        model.addAttribute("chartNone", charts.firstChart(dataset.id(), filters, locale).isEmpty());
        return "portal/dataset";
    }

    private static OffsetDateTime lastChange(PublicDataset released) {
        OffsetDateTime modified = released.summary().modifiedAt();
        OffsetDateTime loaded = released.summary().lastLoadAt();
        return loaded != null && loaded.isAfter(modified) ? loaded : modified;
    }

    private Optional<DatasetChartView> chart(Dataset dataset, List<RowFilter> filters, Locale locale) {
        return charts.firstChart(dataset.id(), filters, locale)
            .map(DashboardChart::spec)
            .filter(spec -> !spec.isEmpty())
            .map(spec -> new DatasetChartView(spec.title(), spec.unit() == null ? "" : spec.unit(),
                    EChartsOptions.toJson(spec), svg(spec, locale)));
    }

    private String svg(ChartSpec spec, Locale locale) {
        String empty = messages.getMessage("portal.list.empty", null, locale);
        return images.svg(spec, new ChartImageOptions(640, 360, 1, locale, empty));
    }

    private static List<DownloadRow> downloads(Dataset dataset, List<RowFilter> filters, long filtered,
            PortalPage page) {
        List<DownloadRow> rows = new ArrayList<>();
        rows.add(row("whole", "portal.dataset.downloads.whole", "", dataset, ""));
        if (!filters.isEmpty()) {
            rows.add(row("filtered", "portal.dataset.downloads.filtered", page.number(filtered), dataset,
                    DownloadController.query(filters)));
        }
        return rows;
    }

    private static DownloadRow row(String id, String labelKey, String count, Dataset dataset, String query) {
        return new DownloadRow(id, labelKey, count, Arrays.stream(DownloadFormat.values())
            .map(f -> new DownloadRow.Link(f.name(), f.extension(), DownloadController.url(dataset.slug(), f, query)))
            .toList());
    }

}
