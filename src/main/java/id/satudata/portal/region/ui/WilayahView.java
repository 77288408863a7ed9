package id.satudata.portal.region.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.region.BoundaryService;
import id.satudata.portal.region.ChoroplethBuilder;
import id.satudata.portal.region.RegionProperties;
import id.satudata.portal.region.RegionService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Regions and boundaries ({@code app/wilayah}): the boundary sets per level with a
 * preview map and the upload, and the region reference table with its import.
 * Administrators change them; other staff look.
 */
@Route(value = "app/wilayah", layout = BackOfficeLayout.class)
@Menu(title = "region.nav", order = 80, icon = "vaadin:globe")
@RolesAllowed({ "ADMINISTRATOR", "PENGAWAS", "TEKNIS", "KEPALA_DINAS" })
public class WilayahView extends VerticalLayout implements HasDynamicTitle {

    public WilayahView(BoundaryService boundaries, RegionService regions, ChoroplethBuilder choropleths,
            ChartRenderer renderer, Clock clock, RegionProperties properties) {
        setId("wilayah");
        TabSheet tabs = new TabSheet();
        tabs.setId("wilayah-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("region.tab.boundaries"),
                new BoundaryPanel(boundaries, choropleths, renderer, clock, properties));
        tabs.add(getTranslation("region.tab.regions"), new RegionTablePanel(regions, properties));
        add(new Paragraph(getTranslation("region.intro")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.title");
    }

}
