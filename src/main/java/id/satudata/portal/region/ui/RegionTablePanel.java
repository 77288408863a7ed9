package id.satudata.portal.region.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.region.RegionEntry;
import id.satudata.portal.region.RegionImportResult;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.region.RegionProperties;
import id.satudata.portal.region.RegionQuery;
import id.satudata.portal.region.RegionService;
import id.satudata.portal.ui.Notifications;

/**
 * The region reference tab: the regions of one level with both codes (paged in SQL), and
 * the CSV import for administrators.
 */
class RegionTablePanel extends VerticalLayout {

    private final RegionService regions;

    private final Select<RegionLevel> level = new Select<>();

    private final TextField search = new TextField();

    private final Grid<RegionEntry> grid = new Grid<>();

    private final Span count = new Span();

    RegionTablePanel(RegionService regions, RegionProperties properties) {
        this.regions = regions;
        setPadding(false);
        level.setId("region-level");
        level.setLabel(getTranslation("region.field.level"));
        level.setItems(RegionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("region.level." + l.name()));
        level.setValue(RegionLevel.KABKOTA);
        level.addValueChangeListener(e -> refresh());
        search.setId("region-search");
        search.setLabel(getTranslation("region.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        count.setId("region-count");
        grid.setId("region-grid");
        grid.addColumn(e -> dash(e.region().kodeKemendagri()))
            .setHeader(getTranslation("region.field.kemendagri"))
            .setAutoWidth(true);
        grid.addColumn(e -> dash(e.region().kodeBps()))
            .setHeader(getTranslation("region.field.bps"))
            .setAutoWidth(true);
        grid.addColumn(e -> e.region().name()).setHeader(getTranslation("region.field.name")).setFlexGrow(2);
        grid.addColumn(e -> dash(e.parentName())).setHeader(getTranslation("region.field.parent")).setFlexGrow(1);
        grid.setHeight("420px");
        HorizontalLayout filters = new HorizontalLayout(level, search, count);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("region.table.title")), filters, grid);
        if (regions.canImport()) {
            add(new H3(getTranslation("region.import.title")), new RegionImportForm(
                    (int) Math.min(Integer.MAX_VALUE, properties.maxImportSize().toBytes()), this::importCsv));
        }
        refresh();
    }

    private void refresh() {
        RegionQuery query = new RegionQuery(level.getValue(), search.getValue());
        grid.setItems(q -> regions.find(query, q.getOffset(), q.getLimit()).stream(), q -> regions.count(query));
        count.setText(getTranslation("region.table.count", regions.count(query)));
    }

    private void importCsv(String fileName, byte[] content) {
        RegionImportForm form = getChildren().filter(RegionImportForm.class::isInstance)
            .map(RegionImportForm.class::cast)
            .findFirst()
            .orElseThrow();
        try {
            RegionImportResult result = regions.importCsv(fileName, content);
            form.clear();
            Notifications
                .success(getTranslation("region.import.done", result.added(), result.updated(), result.unchanged()));
            refresh();
        }
        catch (ValidationException e) {
            form.showError(ErrorText.of(this, e));
        }
    }

    private static String dash(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "–" : value;
    }

}
