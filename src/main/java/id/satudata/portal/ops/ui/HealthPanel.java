package id.satudata.portal.ops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.satudata.portal.ops.HealthOverview;
import java.util.Map;
import java.util.Set;

/** The health section of the operations page: each checked part with its status. */
class HealthPanel extends VerticalLayout {

    private static final Set<String> KNOWN = Set.of("db", "diskSpace", "searchIndex", "livenessState", "readinessState",
            "ssl");

    private final HealthOverview health;

    private final Grid<HealthOverview.Part> grid = new Grid<>();

    HealthPanel(HealthOverview health) {
        this.health = health;
        setPadding(false);
        setId("health-section");
        Button refresh = new Button(getTranslation("ops.health.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("health-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("ops.health.heading")), refresh);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("health-list");
        grid.addColumn(p -> KNOWN.contains(p.name()) ? getTranslation("ops.health.part." + p.name()) : p.name())
            .setHeader(getTranslation("ops.health.part"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.addComponentColumn(this::status)
            .setHeader(getTranslation("ops.health.status"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(this::detail).setHeader(getTranslation("ops.health.detail")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(heading, new Paragraph(getTranslation("ops.health.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(health.parts());
    }

    private Span status(HealthOverview.Part part) {
        Span badge = new Span(getTranslation(part.up() ? "ops.health.up" : "ops.health.down"));
        badge.getElement().getThemeList().add(part.up() ? "badge success" : "badge error");
        badge.setId("health-" + part.name());
        return badge;
    }

    private String detail(HealthOverview.Part part) {
        Map<String, Object> d = part.details();
        return switch (part.name()) {
            case "db" -> String.valueOf(d.getOrDefault("database", ""));
            case "diskSpace" -> d.get("free") instanceof Number free && d.get("total") instanceof Number total
                    ? getTranslation("ops.health.detail.disk", gigabytes(free), gigabytes(total)) : "";
            case "searchIndex" -> getTranslation("ops.health.detail.search", d.getOrDefault("documents", "?"),
                    d.getOrDefault("publicDocuments", "?"));
            default -> "";
        };
    }

    private String gigabytes(Number bytes) {
        return String.format(getLocale(), "%,.1f", bytes.doubleValue() / (1024 * 1024 * 1024));
    }

}
