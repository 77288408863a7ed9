package id.satudata.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.periodic.PeriodicReportService;
import id.satudata.portal.report.periodic.ReportPeriod;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Staff pick a period (month, quarter or year) and download the province-wide periodic
 * report as PDF, DOCX or XLSX.
 */
@Route(value = "app/laporan", layout = BackOfficeLayout.class)
@Menu(title = "report.periodic.menu", order = 55, icon = "vaadin:chart-grid")
@RolesAllowed({ "ADMINISTRATOR", "PENGAWAS", "TEKNIS", "KEPALA_DINAS" })
public class PeriodicReportView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_BACK = 6;

    private final PeriodicReportService reports;

    private final Select<ReportPeriod.Kind> kind = new Select<>();

    private final Select<Integer> year = new Select<>();

    private final Select<Integer> number = new Select<>();

    public PeriodicReportView(PeriodicReportService reports, Clock clock) {
        this.reports = reports;
        setId("periodic-reports");
        setMaxWidth("60rem");
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        kind.setId("period-kind");
        kind.setLabel(getTranslation("report.periodic.kind"));
        kind.setItems(ReportPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.periodic.kind." + k.name()));
        year.setId("period-year");
        year.setLabel(getTranslation("report.periodic.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear()).boxed().toList().reversed());
        year.setValue(today.getYear());
        number.setId("period-number");
        kind.addValueChangeListener(e -> numbers(e.getValue(), today, locale));
        kind.setValue(ReportPeriod.Kind.QUARTER);
        HorizontalLayout fields = new HorizontalLayout(kind, year, number);
        HorizontalLayout downloads = new HorizontalLayout(download(DocumentFormat.PDF, locale),
                download(DocumentFormat.DOCX, locale), download(DocumentFormat.XLSX, locale));
        add(new Paragraph(getTranslation("report.periodic.intro")), fields, downloads);
    }

    private void numbers(ReportPeriod.Kind chosen, LocalDate today, Locale locale) {
        number.setVisible(chosen != ReportPeriod.Kind.YEAR);
        if (chosen == ReportPeriod.Kind.YEAR) {
            number.setItems(List.of(1));
            number.setValue(1);
            return;
        }
        number.setLabel(getTranslation("report.periodic.number." + chosen.name()));
        // the labels first (setItems draws with the current generator), valid for the old
        // items too
        number.setItemLabelGenerator(n -> label(chosen, n, locale));
        number.setItems(IntStream.rangeClosed(1, chosen.perYear()).boxed().toList());
        number.setValue(chosen == ReportPeriod.Kind.MONTH ? today.getMonthValue() : (today.getMonthValue() + 2) / 3);
    }

    private static String label(ReportPeriod.Kind kind, int n, Locale locale) {
        if (kind == ReportPeriod.Kind.MONTH && n >= 1 && n <= 12) {
            return Month.of(n).getDisplayName(TextStyle.FULL, locale);
        }
        return kind == ReportPeriod.Kind.QUARTER && n >= 1 && n <= 4 ? "I II III IV".split(" ")[n - 1]
                : Integer.toString(n);
    }

    private Component download(DocumentFormat format, Locale locale) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            GeneratedDocument document = reports.report(period(), format, locale);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    document.contentType(), document.content().length);
        }), "");
        String label = getTranslation("report.periodic.download", format.name());
        Button button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
        button
            .addThemeVariants(format == DocumentFormat.PDF ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setId("periodic-report-" + format.extension());
        return anchor;
    }

    /** The period the fields show; the record validates it. */
    ReportPeriod period() {
        return new ReportPeriod(kind.getValue(), year.getValue(), number.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.periodic.title");
    }

}
