package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.sop.SopService;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The registry list as a lazy grid: each page is fetched, filtered and sorted in SQL by
 * the {@link RegistryService}; a code links to the integration's detail. The cells are
 * text and small browser-side templates, so that building a page stays cheap.
 */
class IntegrationGrid extends Grid<Integration> {

    private final RegistryService registry;

    private IntegrationFilter filter = IntegrationFilter.all();

    /** Rows the filter matches, if known; -1: count them. */
    private int matching = -1;

    IntegrationGrid(RegistryService registry, SopService sop, RegistryFormat format, Supplier<Instant> now) {
        this.registry = registry;
        setId("integration-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        CellTexts texts = new CellTexts(format, sop);
        addColumn(codeLink()).setHeader(format.t("registry.column.code"))
            .setKey("code")
            .setSortProperty(IntegrationSort.Field.CODE.name())
            .setAutoWidth(true)
            .setFlexGrow(0);
        addColumn(Integration::title).setHeader(format.t("registry.column.title"))
            .setKey("title")
            .setTooltipGenerator(Integration::title)
            .setSortProperty(IntegrationSort.Field.TITLE.name())
            .setWidth("10rem")
            .setFlexGrow(3);
        addColumn(Integration::opdShortName).setHeader(format.t("registry.column.opd"))
            .setKey("opd")
            .setSortProperty(IntegrationSort.Field.OPD.name())
            .setAutoWidth(true);
        addColumn(texts::template).setHeader(format.t("registry.column.template"))
            .setKey("template")
            .setSortProperty(IntegrationSort.Field.TEMPLATE.name())
            .setAutoWidth(true);
        addColumn(texts::step).setHeader(format.t("registry.column.step"))
            .setKey("step")
            .setSortProperty(IntegrationSort.Field.CURRENT_STEP.name())
            .setWidth("7.5rem")
            .setFlexGrow(0);
        addColumn(statusBadges(texts, now)).setHeader(format.t("registry.column.status"))
            .setKey("status")
            .setSortProperty(IntegrationSort.Field.STATUS.name())
            .setWidth("11rem")
            .setFlexGrow(0);
        addColumn(i -> format.date(i.currentStepDueAt())).setHeader(format.t("registry.column.due"))
            .setKey("due")
            .setSortProperty(IntegrationSort.Field.DUE.name())
            .setAutoWidth(true);
        setItems(query -> registry.list(filter, sortOf(query), query.getOffset(), query.getLimit()).stream(),
                query -> matching >= 0 ? matching : registry.count(filter));
        // a new order fetches the rows afresh: count them afresh too
        addSortListener(e -> matching = -1);
    }

    /**
     * The code as a link to the detail page, drawn in the browser: what a
     * {@link com.vaadin.flow.router.RouterLink} writes, without a server-side component
     * per row.
     */
    private static LitRenderer<Integration> codeLink() {
        return LitRenderer.<Integration>of("<a href=\"${item.href}\" router-link>${item.code}</a>")
            .withProperty("href", i -> IntegrationDetailView.location(i.id()))
            .withProperty("code", Integration::code);
    }

    /**
     * The status badge and, when the current step is past due, the overdue badge: the
     * same elements, themes and texts as {@link StatusBadges}, drawn in the browser.
     */
    private static LitRenderer<Integration> statusBadges(CellTexts texts, Supplier<Instant> now) {
        String template = "<span class=\"registry-badges\">"
                + "<vaadin-badge class=\"%s\" theme=\"${item.theme}\" data-status=\"${item.status}\">${item.text}</vaadin-badge> "
                + "<vaadin-badge class=\"%s\" theme=\"%s\" ?hidden=\"${!item.overdue}\">${item.overdue}</vaadin-badge>"
                + "</span>";
        return LitRenderer
            .<Integration>of(template.formatted(StatusBadges.STATUS_CLASS, StatusBadges.OVERDUE_CLASS,
                    StatusBadges.OVERDUE_THEME.getVariantName()))
            .withProperty("theme", i -> StatusBadges.themeOf(i.status()).getVariantName())
            .withProperty("status", i -> i.status().name())
            .withProperty("text", texts::status)
            .withProperty("overdue", i -> i.isOverdue(now.get()) ? texts.overdue() : "");
    }

    /**
     * Shows what the filter matches, from the first page.
     * @param matching how many rows it matches, counted with the figures above the list;
     * the grid uses it instead of counting again until the filter or the sort order
     * changes
     */
    void filter(IntegrationFilter value, int matching) {
        this.filter = value;
        this.matching = matching;
        getDataProvider().refreshAll();
    }

    IntegrationFilter filter() {
        return filter;
    }

    private static IntegrationSort sortOf(Query<Integration, ?> query) {
        for (QuerySortOrder order : query.getSortOrders()) {
            return new IntegrationSort(IntegrationSort.Field.valueOf(order.getSorted()),
                    order.getDirection() == SortDirection.ASCENDING);
        }
        return IntegrationSort.newestFirst();
    }

}
