package id.satudata.portal.ops.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.base.error.DatabaseUnavailable;
import id.satudata.portal.ops.BackupRun;
import id.satudata.portal.ops.BackupService;
import id.satudata.portal.ui.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The backup section of the operations page: start a backup, follow it while it runs in
 * the background (the page polls every second; a backup started before the page opened is
 * followed too) and list the archives for download.
 */
class BackupPanel extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    private final BackupService backups;

    private final DateTimeFormatter time;

    private final Button backupNow = new Button(getTranslation("ops.backup.now"), VaadinIcon.DATABASE.create());

    private final HorizontalLayout running = new HorizontalLayout();

    private final Span runningText = new Span();

    private final Grid<BackupService.BackupFile> grid = new Grid<>();

    /** The start of the run this panel follows, while it runs. */
    private @Nullable Instant following;

    private @Nullable Registration polling;

    BackupPanel(BackupService backups, Clock clock) {
        this.backups = backups;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(clock.getZone());
        setPadding(false);
        setId("backup-section");
        backupNow.setId("backup-now");
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backupNow.addClickListener(e -> start());
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("8em");
        runningText.setId("backup-status");
        running.add(bar, runningText);
        running.setAlignItems(FlexComponent.Alignment.CENTER);
        running.setVisible(false);
        grid.setId("backup-list");
        grid.addColumn(BackupService.BackupFile::name).setHeader(getTranslation("ops.backup.name")).setFlexGrow(2);
        grid.addColumn(f -> time.format(f.modified())).setHeader(getTranslation("ops.backup.made"));
        grid.addColumn(f -> String.format(getLocale(), "%,.1f MB", f.size() / 1_048_576.0))
            .setHeader(getTranslation("ops.backup.size"));
        grid.addComponentColumn(this::download).setHeader("");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("ops.backup.heading")), new Paragraph(getTranslation("ops.backup.intro")),
                new HorizontalLayout(backupNow, running), grid);
        grid.setItems(backups.list());
    }

    private void start() {
        follow(backups.startBackup());
    }

    private void follow(BackupRun run) {
        following = run.startedAt();
        backupNow.setEnabled(false);
        runningText.setText(getTranslation("ops.backup.running.since", time.format(run.startedAt()), run.startedBy()));
        running.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    /**
     * On each poll: once the followed run has ended, says how and lists the new archive.
     */
    private void check() {
        BackupRun run = backups.lastBackup().orElse(null);
        if (following == null || run == null || run.running()) {
            return;
        }
        boolean ours = Objects.equals(following, run.startedAt());
        following = null;
        backupNow.setEnabled(true);
        running.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (ours && run.failure() != null) {
            Notifications
                .error(DatabaseUnavailable.causedBy(run.failure()) ? getTranslation(DatabaseUnavailable.MESSAGE_KEY)
                        : getTranslation("ops.backup.failed", String.valueOf(run.failure().getMessage())));
        }
        else if (ours) {
            Notifications.success(getTranslation("ops.backup.done", run.archive()));
        }
        grid.setItems(backups.list());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> check());
        backups.lastBackup().filter(BackupRun::running).ifPresent(this::follow);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private Anchor download(BackupService.BackupFile file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(backups.open(file.name()), file.name(), "application/zip", file.size())),
                "");
        anchor.add(new Button(getTranslation("ops.backup.download"), VaadinIcon.DOWNLOAD_ALT.create()));
        anchor.setId("download-" + file.name());
        return anchor;
    }

}
