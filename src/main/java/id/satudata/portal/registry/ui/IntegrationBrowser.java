package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.ListCounts;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Counts per status, filters and the lazy grid, as the registry list and "my
 * integrations" show them.
 */
class IntegrationBrowser extends VerticalLayout {

    private final RegistryService registry;

    private final StatusCountsBar counts;

    private final IntegrationGrid grid;

    private final Select<IntegrationStatus> status = new Select<>();

    private final ComboBox<Opd> opd = new ComboBox<>();

    private final Select<String> template = new Select<>();

    private final IntegerField step = new IntegerField();

    private final Checkbox overdue = new Checkbox();

    private final TextField search = new TextField();

    private final IntegerField returnedTo = new IntegerField();

    private final Checkbox returnedByDecision = new Checkbox();

    private final SopService sop;

    /**
     * @param opds the OPDs to filter by; empty: no OPD filter (an OPD's own list)
     */
    IntegrationBrowser(RegistryService registry, SopService sop, List<Opd> opds, RegistryFormat format,
            Supplier<Instant> now) {
        this.registry = registry;
        this.sop = sop;
        setPadding(false);
        counts = new StatusCountsBar(format);
        counts.addChoiceListener(e -> choose(e.choice()));
        grid = new IntegrationGrid(registry, sop, format, now);
        HorizontalLayout filters = filters(format, sop.templates(), opds);
        add(counts, filters, grid);
        setFlexGrow(1, grid);
        apply();
    }

    private HorizontalLayout filters(RegistryFormat format, List<SopTemplate> templates, List<Opd> opds) {
        search.setId("filter-search");
        search.setPlaceholder(format.t("registry.filter.search"));
        search.setAriaLabel(format.t("registry.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("filter-status");
        status.setLabel(format.t("registry.filter.status"));
        // the label generator first: set after the items, it would draw them again
        status.setItemLabelGenerator(s -> s == null ? "" : format.t("registry.count." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setItems(IntegrationStatus.values());
        opd.setId("filter-opd");
        opd.setLabel(format.t("registry.filter.opd"));
        opd.setItems(opds);
        opd.setItemLabelGenerator(Opd::shortName);
        opd.setClearButtonVisible(true);
        opd.setVisible(!opds.isEmpty());
        template.setId("filter-template");
        template.setLabel(format.t("registry.filter.template"));
        template.setItemLabelGenerator(code -> code == null ? "" : format.template(code));
        template.setEmptySelectionAllowed(true);
        template.setItems(templates.stream().map(SopTemplate::code).toList());
        step.setId("filter-step");
        step.setLabel(format.t("registry.filter.step"));
        step.setMin(1);
        step.setStepButtonsVisible(true);
        step.setClearButtonVisible(true);
        step.setWidth("9em");
        overdue.setId("filter-overdue");
        overdue.setLabel(format.t("registry.filter.overdue"));
        returnedTo.setId("filter-returned-to");
        returnedTo.setLabel(format.t("registry.filter.returnedTo"));
        returnedTo.setMin(1);
        returnedTo.setStepButtonsVisible(true);
        returnedTo.setClearButtonVisible(true);
        returnedTo.setWidth("11em");
        returnedByDecision.setId("filter-returned-decision");
        returnedByDecision.setLabel(format.t("registry.filter.returnedByDecision"));
        returnedTo.addValueChangeListener(e -> apply());
        returnedByDecision.addValueChangeListener(e -> apply());
        search.addValueChangeListener(e -> apply());
        status.addValueChangeListener(e -> apply());
        opd.addValueChangeListener(e -> apply());
        template.addValueChangeListener(e -> apply());
        step.addValueChangeListener(e -> apply());
        overdue.addValueChangeListener(e -> apply());
        HorizontalLayout bar = new HorizontalLayout(search, status, opd, template, step, returnedTo, overdue,
                returnedByDecision);
        bar.setId("registry-filters");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.END);
        return bar;
    }

    private void apply() {
        Opd chosen = opd.getValue();
        IntegrationFilter filter = new IntegrationFilter(status.getValue(), chosen == null ? null : chosen.id(),
                template.getValue(), step.getValue(), overdue.getValue(), blankToNull(search.getValue()),
                returnedTo.getValue(), returnedByDecision.getValue());
        ListCounts figures = registry.listCounts(filter);
        grid.filter(filter, figures.matching());
        SopTemplate shown = template.getValue() == null ? sop.defaultTemplate() : sop.template(template.getValue());
        counts.show(figures.statuses(), shown.validationDecision().map(d -> d.returnStep().number()).orElse(null));
    }

    private void choose(StatusCountsBar.Choice choice) {
        status.setValue(choice.status());
        overdue.setValue(choice.overdue());
        returnedByDecision.setValue(choice.returnedByDecision());
        if (choice.returnedTo() != null) {
            template.setValue(choice.returnedTo().templateCode());
            returnedTo.setValue(choice.returnedTo().toStep());
        }
        else {
            returnedTo.clear();
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    /**
     * Sets the filters from a link
     * ({@code ?status=RETURNED&step=11&opd=DINKES&overdue=true&template=KALTIM&kembaliKe=3&keputusan=true}),
     * as the dashboards' figures link to the list; unknown values are ignored.
     */
    void preset(java.util.Map<String, java.util.List<String>> parameters) {
        java.util.function.Function<String, @Nullable String> first = name -> parameters
            .getOrDefault(name, java.util.List.of())
            .stream()
            .findFirst()
            .orElse(null);
        String wanted = first.apply("status");
        java.util.Arrays.stream(IntegrationStatus.values())
            .filter(s -> s.name().equals(wanted))
            .findFirst()
            .ifPresent(status::setValue);
        String stepValue = first.apply("step");
        if (stepValue != null && stepValue.matches("\\d{1,3}")) {
            step.setValue(Integer.valueOf(stepValue));
        }
        String opdCode = first.apply("opd");
        if (opdCode != null) {
            opd.getListDataView()
                .getItems()
                .filter(o -> o.code().equalsIgnoreCase(opdCode))
                .findFirst()
                .ifPresent(opd::setValue);
        }
        overdue.setValue("true".equals(first.apply("overdue")));
        String back = first.apply("kembaliKe");
        if (back != null && back.matches("\\d{1,3}")) {
            returnedTo.setValue(Integer.valueOf(back));
        }
        String templateCode = first.apply("template");
        if (templateCode != null && sop.templates().stream().anyMatch(t -> t.code().equals(templateCode))) {
            template.setValue(templateCode);
        }
        returnedByDecision.setValue("true".equals(first.apply("keputusan")));
    }

    IntegrationGrid grid() {
        return grid;
    }

}
