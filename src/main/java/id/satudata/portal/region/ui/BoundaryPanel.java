package id.satudata.portal.region.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.region.BoundaryService;
import id.satudata.portal.region.BoundarySet;
import id.satudata.portal.region.BoundaryUpload;
import id.satudata.portal.region.ChoroplethBuilder;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.region.RegionProperties;
import id.satudata.portal.ui.Notifications;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The boundaries tab: the current set of each level, a preview map of sample values, the
 * upload form (administrators) and the history of uploads.
 */
class BoundaryPanel extends VerticalLayout {

    private final BoundaryService boundaries;

    private final ChoroplethBuilder choropleths;

    private final ChartRenderer renderer;

    private final Clock clock;

    private final Grid<BoundarySet> current = new Grid<>();

    private final Grid<BoundarySet> history = new Grid<>();

    private final Select<RegionLevel> previewLevel = new Select<>();

    private final Div preview = new Div();

    BoundaryPanel(BoundaryService boundaries, ChoroplethBuilder choropleths, ChartRenderer renderer, Clock clock,
            RegionProperties properties) {
        this.boundaries = boundaries;
        this.choropleths = choropleths;
        this.renderer = renderer;
        this.clock = clock;
        setPadding(false);
        current.setId("boundary-sets");
        configure(current, false);
        current.setAllRowsVisible(true);
        previewLevel.setId("preview-level");
        previewLevel.setLabel(getTranslation("region.preview.level"));
        previewLevel.setItems(RegionLevel.values());
        previewLevel.setItemLabelGenerator(l -> getTranslation("region.level." + l.name()));
        previewLevel.addValueChangeListener(e -> showPreview());
        preview.setId("boundary-preview");
        preview.setWidthFull();
        add(new H3(getTranslation("region.boundary.current")), current, new H3(getTranslation("region.preview.title")),
                new Paragraph(getTranslation("region.preview.help")), previewLevel, preview);
        if (boundaries.canUpload()) {
            add(new H3(getTranslation("region.boundary.upload")), new BoundaryUploadForm(
                    (int) Math.min(Integer.MAX_VALUE, properties.maxBoundarySize().toBytes()), this::upload));
        }
        history.setId("boundary-history");
        configure(history, true);
        history.setAllRowsVisible(true);
        Details historyDetails = new Details(getTranslation("region.boundary.history"), history);
        historyDetails.setWidthFull();
        add(historyDetails);
        refresh(null);
    }

    private void configure(Grid<BoundarySet> grid, boolean withReplacement) {
        grid.addColumn(s -> getTranslation("region.level." + s.level().name()))
            .setHeader(getTranslation("region.field.level"));
        grid.addColumn(s -> getTranslation("region.system." + s.codeSystem().name()) + " · " + s.codeProperty())
            .setHeader(getTranslation("region.field.codeSystem"));
        grid.addColumn(BoundarySet::featureCount).setHeader(getTranslation("region.boundary.features"));
        grid.addColumn(BoundarySet::fileName).setHeader(getTranslation("region.boundary.file"));
        grid.addColumn(s -> s.uploadedBy() + ", " + time(s.uploadedAt()))
            .setHeader(getTranslation("region.boundary.uploaded"));
        if (withReplacement) {
            grid.addColumn(s -> s.replacedAt() == null ? getTranslation("region.boundary.isCurrent")
                    : s.replacedBy() + ", " + time(s.replacedAt()))
                .setHeader(getTranslation("region.boundary.replaced"));
        }
    }

    private void upload(BoundaryUpload upload) {
        BoundaryUploadForm form = findForm();
        try {
            BoundarySet set = boundaries.upload(upload);
            form.clear();
            Notifications.success(getTranslation("region.boundary.saved", set.featureCount(),
                    getTranslation("region.level." + set.level().name())));
            refresh(set.level());
        }
        catch (ValidationException e) {
            form.showError(ErrorText.of(this, e));
        }
    }

    private BoundaryUploadForm findForm() {
        return getChildren().filter(BoundaryUploadForm.class::isInstance)
            .map(BoundaryUploadForm.class::cast)
            .findFirst()
            .orElseThrow();
    }

    private void refresh(@Nullable RegionLevel show) {
        List<BoundarySet> sets = boundaries.currentSets();
        current.setItems(sets);
        history.setItems(boundaries.history());
        RegionLevel level = show != null ? show : defaultLevel(sets);
        if (level.equals(previewLevel.getValue())) {
            showPreview();
        }
        else {
            previewLevel.setValue(level);
        }
    }

    /** Kab/kota first (the common case), else the first level that has boundaries. */
    private static RegionLevel defaultLevel(List<BoundarySet> sets) {
        if (sets.stream().anyMatch(s -> s.level() == RegionLevel.KABKOTA)) {
            return RegionLevel.KABKOTA;
        }
        return sets.isEmpty() ? RegionLevel.KABKOTA : sets.getFirst().level();
    }

    private void showPreview() {
        RegionLevel level = previewLevel.getValue();
        preview.removeAll();
        if (level == null) {
            return;
        }
        String title = getTranslation("region.preview.mapTitle", getTranslation("region.level." + level.name()));
        preview.add(new ChoroplethView(choropleths.preview(level, title), renderer));
    }

    private String time(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone())
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

}
