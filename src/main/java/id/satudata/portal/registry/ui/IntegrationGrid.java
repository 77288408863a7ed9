package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The registry list as a lazy grid: each page is fetched, filtered and sorted in SQL by
 * the {@link RegistryService}; a code links to the integration's detail.
 */
class IntegrationGrid extends Grid<Integration> {

    private final RegistryService registry;

    private IntegrationFilter filter = IntegrationFilter.all();

    IntegrationGrid(RegistryService registry, SopService sop, RegistryFormat format, Supplier<Instant> now) {
        this.registry = registry;
        setId("integration-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Map<String, Integer> stepCounts = sop.templates()
            .stream()
            .collect(Collectors.toMap(SopTemplate::code, t -> t.steps().size()));
        addComponentColumn(
                i -> new RouterLink(i.code(), IntegrationDetailView.class, IntegrationDetailView.parameters(i.id())))
            .setHeader(format.t("registry.column.code"))
            .setKey("code")
            .setSortProperty(IntegrationSort.Field.CODE.name())
            .setAutoWidth(true)
            .setFlexGrow(0);
        addColumn(Integration::title).setHeader(format.t("registry.column.title"))
            .setKey("title")
            .setSortProperty(IntegrationSort.Field.TITLE.name())
            .setWidth("12rem")
            .setFlexGrow(3);
        addColumn(Integration::opdShortName).setHeader(format.t("registry.column.opd"))
            .setKey("opd")
            .setSortProperty(IntegrationSort.Field.OPD.name())
            .setAutoWidth(true);
        addColumn(i -> format.t("registry.template.short." + i.templateCode()))
            .setHeader(format.t("registry.column.template"))
            .setKey("template")
            .setSortProperty(IntegrationSort.Field.TEMPLATE.name())
            .setAutoWidth(true);
        addColumn(i -> i.currentStep() == null ? format.t("registry.step.none")
                : format.t("registry.step.short", i.currentStep(), stepCounts.get(i.templateCode())))
            .setHeader(format.t("registry.column.step"))
            .setKey("step")
            .setSortProperty(IntegrationSort.Field.CURRENT_STEP.name())
            .setWidth("7.5rem")
            .setFlexGrow(0);
        addComponentColumn(i -> statusOf(i, format, now.get())).setHeader(format.t("registry.column.status"))
            .setKey("status")
            .setSortProperty(IntegrationSort.Field.STATUS.name())
            .setWidth("13rem")
            .setFlexGrow(0);
        addColumn(i -> format.date(i.currentStepDueAt())).setHeader(format.t("registry.column.due"))
            .setKey("due")
            .setSortProperty(IntegrationSort.Field.DUE.name())
            .setAutoWidth(true);
        setItems(query -> registry.list(filter, sortOf(query), query.getOffset(), query.getLimit()).stream(),
                query -> registry.count(filter));
    }

    /** Shows what the filter matches, from the first page. */
    void filter(IntegrationFilter value) {
        this.filter = value;
        getDataProvider().refreshAll();
    }

    IntegrationFilter filter() {
        return filter;
    }

    private static HorizontalLayout statusOf(Integration integration, RegistryFormat format, Instant now) {
        HorizontalLayout badges = new HorizontalLayout(StatusBadges.status(integration, format));
        badges.setSpacing(false);
        badges.setWrap(true);
        badges.addClassName("gap-xs");
        if (integration.isOverdue(now)) {
            badges.add(StatusBadges.overdue(format));
        }
        return badges;
    }

    private static IntegrationSort sortOf(Query<Integration, ?> query) {
        for (QuerySortOrder order : query.getSortOrders()) {
            return new IntegrationSort(IntegrationSort.Field.valueOf(order.getSorted()),
                    order.getDirection() == SortDirection.ASCENDING);
        }
        return IntegrationSort.newestFirst();
    }

}
