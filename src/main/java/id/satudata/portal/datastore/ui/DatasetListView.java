package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetFromFile;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.ui.BackOfficeLayout;
import id.satudata.portal.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** The hub's datasets the user may see, with a form to create one (technical team). */
@Route(value = "app/dataset", layout = BackOfficeLayout.class)
@PageTitle("Dataset")
@Menu(title = "datastore.nav.datasets", order = 20, icon = "vaadin:database")
@PermitAll
public class DatasetListView extends VerticalLayout {

    private final DatasetService datasets;

    private final Grid<Dataset> grid = new Grid<>();

    public DatasetListView(DatasetService datasets, OpdService opds, DatasetFromFile fromFile,
            DatastoreProperties properties, Clock clock) {
        this.datasets = datasets;
        setId("dataset-list");
        setSizeFull();
        Map<Long, String> opdNames = opds.list().stream().collect(Collectors.toMap(Opd::id, Opd::shortName));
        grid.setId("dataset-grid");
        grid.addColumn(Dataset::title).setHeader(getTranslation("datastore.column.title")).setFlexGrow(3);
        grid.addColumn(d -> opdNames.getOrDefault(d.opdId(), "?")).setHeader(getTranslation("datastore.column.opd"));
        grid.addColumn(d -> getTranslation("datastore.visibility." + d.visibility()))
            .setHeader(getTranslation("datastore.column.visibility"));
        grid.addColumn(d -> DisplayFormat.integer(d.rowCount(), getLocale()))
            .setHeader(getTranslation("datastore.column.rows"));
        grid.addColumn(d -> d.lastLoadAt() == null ? getTranslation("datastore.detail.never")
                : DisplayFormat.dateTime(d.lastLoadAt(), clock.getZone(), getLocale()))
            .setHeader(getTranslation("datastore.column.lastLoad"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().id())))));
        if (datasets.mayManage()) {
            Button create = new Button(getTranslation("datastore.list.create"), e -> openCreate(opds));
            create.setId("dataset-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button fromFileButton = new Button(getTranslation("datastore.fromFile.open"),
                    e -> new DatasetFromFileDialog(fromFile, opds.list(), properties.maxPayloadBytes()).open());
            fromFileButton.setId("dataset-from-file");
            add(new HorizontalLayout(create, fromFileButton));
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(datasets.list(null));
        if (datasets.list(null).isEmpty()) {
            add(new Span(getTranslation("datastore.list.empty")));
        }
    }

    private void openCreate(OpdService opds) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("datastore.list.create"));
        DatasetForm form = new DatasetForm(opds.list());
        form.onSave(draft -> {
            Dataset created = datasets.create(draft);
            dialog.close();
            Notifications.success(getTranslation("datastore.form.created", created.title()));
            getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(created.id()))));
        });
        dialog.add(form);
        dialog.open();
    }

}
