package id.satudata.portal.ops.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.ops.BackgroundBackups;
import id.satudata.portal.ops.BackupRun;
import id.satudata.portal.ops.BackupService;
import id.satudata.portal.ops.HealthOverview;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import id.satudata.portal.ui.RouteNotAllowedPage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "satudata.ops.backup-dir=target/ops-view-backups")
class OperationsViewTest extends KaribuTest {

    @Autowired
    OpdFixtures fixtures;

    @Autowired
    BackupService backups;

    @Autowired
    java.time.Clock clock;

    @Test
    void anAdministratorStartsABackupFollowsItAndSeesItListed() throws InterruptedException {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("id"));
        UI.getCurrent().navigate("app/operasi");
        _assertOne(OperationsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backup-list"));
        int before = grid.getGenericDataView().getItems().toList().size();
        Button backupNow = _get(Button.class, spec -> spec.withId("backup-now"));

        backupNow.click();

        assertThat(backupNow.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("backup-status")).getText())
            .startsWith("Sedang membuat cadangan");
        BackupRun run = awaitEnd();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(grid.getGenericDataView().getItems().toList()).hasSize(before + 1);
        assertThat(backupNow.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        NotificationsKt.expectNotifications("Cadangan " + run.archive() + " selesai dibuat");
        // named by the portal's clock, as the page shows the time
        assertThat(run.archive()).startsWith("satudata-" + run.startedAt()
            .atZone(clock.getZone())
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")));
    }

    @Autowired
    BackgroundBackups background;

    @Test
    void aBackupStartedElsewhereIsFollowedWhenThePageOpens() throws InterruptedException {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("id"));
        CountDownLatch release = new CountDownLatch(1);
        background.start("admin-lain", () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "satudata-20260101-000000.zip";
        });

        UI.getCurrent().navigate("app/operasi");

        Button backupNow = _get(Button.class, spec -> spec.withId("backup-now"));
        assertThat(backupNow.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("backup-status")).getText()).contains("oleh admin-lain");
        release.countDown();
        awaitEnd();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(backupNow.isEnabled()).isTrue();
        NotificationsKt.expectNotifications("Cadangan satudata-20260101-000000.zip selesai dibuat");
    }

    // a bound on waiting, not a speed check: the backup dumps all the suite has loaded
    // (a 1,000,000-row dataset among it), over a minute on a busy 2-core machine
    private BackupRun awaitEnd() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (backups.lastBackup().orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        BackupRun run = backups.lastBackup().orElseThrow();
        assertThat(run.running()).as("backup still running after 5 min").isFalse();
        return run;
    }

    @Test
    void anAdministratorSeesTheHealthOfDatabaseDiskAndSearchIndex() {
        login(fixtures.staff(Role.ADMINISTRATOR));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("id"));
        UI.getCurrent().navigate("app/operasi");
        Grid<HealthOverview.Part> health = _get(Grid.class, spec -> spec.withId("health-list"));
        var parts = health.getGenericDataView().getItems().toList();
        assertThat(parts).extracting(HealthOverview.Part::name)
            .contains("db", "diskSpace", "searchIndex", "readinessState");
        assertThat(parts).allSatisfy(part -> assertThat(part.up()).as(part.name()).isTrue());
        assertThat(GridKt._getFormattedRow(health,
                parts.indexOf(parts.stream().filter(p -> p.name().equals("db")).findFirst().orElseThrow())))
            .contains("Basis data", "PostgreSQL");
    }

    @Test
    void otherStaffCannotOpenOperations() {
        login(fixtures.staff(Role.TEKNIS));
        UI.getCurrent().navigate("app/operasi");
        _assertOne(RouteNotAllowedPage.class);
        _assertNone(OperationsView.class);
    }

}
