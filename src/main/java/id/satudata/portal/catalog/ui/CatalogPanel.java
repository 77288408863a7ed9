package id.satudata.portal.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.catalog.CatalogEvent;
import id.satudata.portal.catalog.CatalogService;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.MetadataDraft;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.base.format.DisplayFormat;
import java.time.ZoneId;
import id.satudata.portal.ui.Notifications;
import id.satudata.portal.ui.SectionHeading;

/**
 * A dataset's place in the catalogue: release status and action, the metadata form, and
 * the catalogue record (releases, withdrawals, metadata changes), newest first.
 */
class CatalogPanel extends VerticalLayout {

    private final Dataset dataset;

    private final CatalogService catalog;

    private final Runnable changed;

    private final ZoneId zone;

    private final ReleaseSection release;

    private final MetadataForm form;

    CatalogPanel(Dataset dataset, CatalogService catalog, ZoneId zone, Runnable changed) {
        this.dataset = dataset;
        this.zone = zone;
        this.catalog = catalog;
        this.changed = changed;
        setId("catalog-panel");
        DatasetMetadata metadata = catalog.get(dataset.id());
        release = new ReleaseSection(dataset.visibility(), metadata, zone, catalog.mayRelease(), this::release,
                this::withdraw);
        form = new MetadataForm(metadata, catalog.topics(), catalog.licences(), getLocale(),
                catalog.mayEdit(dataset.id()), catalog.mayRelease());
        form.addSaveListener(e -> save(e.draft()));
        add(new SectionHeading(getTranslation("catalog.section.release")), release,
                new SectionHeading(getTranslation("catalog.section.metadata")), form,
                new SectionHeading(getTranslation("catalog.section.history")), history());
    }

    private void save(MetadataDraft draft) {
        try {
            catalog.update(dataset.id(), draft);
        }
        catch (ValidationException e) {
            if (!form.showError(e)) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
            return;
        }
        Notifications.success(getTranslation("catalog.form.saved"));
        changed.run();
    }

    private void release(String note) {
        changeVisibility(() -> catalog.release(dataset.id(), note), "catalog.release.released");
    }

    private void withdraw(String reason) {
        changeVisibility(() -> catalog.withdraw(dataset.id(), reason), "catalog.release.withdrawn");
    }

    private void changeVisibility(Runnable action, String doneKey) {
        try {
            action.run();
        }
        catch (ValidationException e) {
            refused(e);
            return;
        }
        Notifications.success(getTranslation(doneKey));
        changed.run();
    }

    /**
     * Says why under the release button, and marks the form's field when it names one
     * (the topic).
     */
    private void refused(ValidationException e) {
        release.showError(getTranslation(e.messageKey(), e.arguments()));
        form.showError(e);
    }

    private Grid<CatalogEvent> history() {
        Grid<CatalogEvent> grid = new Grid<>();
        grid.setId("catalog-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> DisplayFormat.dateTime(e.at(), zone, getLocale()))
            .setHeader(getTranslation("catalog.history.at"))
            .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("catalog.event." + e.kind()))
            .setHeader(getTranslation("catalog.history.event"))
            .setAutoWidth(true);
        grid.addColumn(CatalogEvent::actor).setHeader(getTranslation("catalog.history.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("catalog.history.note"));
        grid.setItems(catalog.history(dataset.id()));
        return grid;
    }

}
