package id.satudata.portal.ops.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.ops.BackupService;
import id.satudata.portal.ops.HealthOverview;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Operations for administrators: the health of the portal's parts; make a backup, list
 * and download the archives.
 */
@Route(value = "app/operasi", layout = BackOfficeLayout.class)
@Menu(title = "ops.menu", order = 90, icon = "vaadin:server")
@RolesAllowed("ADMINISTRATOR")
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

    public OperationsView(BackupService backups, HealthOverview health, Clock clock) {
        setId("operations-view");
        add(new HealthPanel(health), new BackupPanel(backups, clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.title") + " \u00b7 " + getTranslation("app.name");
    }

}
