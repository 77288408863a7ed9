package id.satudata.portal.ops;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.ui.BackOfficeLayout;
import id.satudata.portal.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Operations for administrators: the health of the portal's parts; make a backup now,
 * list and download the archives.
 */
@Route(value = "app/operasi", layout = BackOfficeLayout.class)
@Menu(title = "ops.menu", order = 90, icon = "vaadin:server")
@RolesAllowed("ADMINISTRATOR")
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backups;

    private final Grid<BackupService.BackupFile> grid = new Grid<>();

    public OperationsView(BackupService backups, HealthOverview health) {
        this.backups = backups;
        setId("operations-view");
        Button backupNow = new Button(getTranslation("ops.backup.now"), VaadinIcon.DATABASE.create());
        backupNow.addClickListener(e -> backupNow(backupNow));
        backupNow.setId("backup-now");
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backupNow.setDisableOnClick(true);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault());
        grid.setId("backup-list");
        grid.addColumn(BackupService.BackupFile::name).setHeader(getTranslation("ops.backup.name")).setFlexGrow(2);
        grid.addColumn(f -> time.format(f.modified())).setHeader(getTranslation("ops.backup.made"));
        grid.addColumn(f -> String.format(getLocale(), "%,.1f MB", f.size() / 1_048_576.0))
            .setHeader(getTranslation("ops.backup.size"));
        grid.addComponentColumn(this::download).setHeader("");
        grid.setAllRowsVisible(true);
        add(new HealthPanel(health), new H2(getTranslation("ops.backup.heading")),
                new Paragraph(getTranslation("ops.backup.intro")), backupNow, grid);
        refresh();
    }

    private void backupNow(Button button) {
        try {
            String name = backups.backupNow();
            Notifications.success(getTranslation("ops.backup.done", name));
            refresh();
        }
        finally {
            // disabled while it runs (no second backup by a double click), usable again
            // after
            button.setEnabled(true);
        }
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    private Anchor download(BackupService.BackupFile file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(backups.open(file.name()), file.name(), "application/zip", file.size())),
                "");
        anchor.add(new Button(getTranslation("ops.backup.download"), VaadinIcon.DOWNLOAD_ALT.create()));
        anchor.setId("download-" + file.name());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.title") + " \u00b7 " + getTranslation("app.name");
    }

}
