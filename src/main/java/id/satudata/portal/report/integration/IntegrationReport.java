package id.satudata.portal.report.integration;

import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.registry.TimeProgress;
import id.satudata.portal.report.Block;
import id.satudata.portal.report.Cell;
import id.satudata.portal.report.ReportDocument;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The Laporan Hasil Integrasi of one integration as a document: identification, the path
 * through the SOP, the documents, the datasets, the OPD's confirmation with the
 * dashboard's charts, and the signature block.
 */
final class IntegrationReport {

    private final IntegrationReportData data;

    private final ReportTexts texts;

    private final ChartImageRenderer charts;

    private final ZoneId zone;

    private final IntegrationReportTables tables;

    IntegrationReport(IntegrationReportData data, ReportTexts texts, ChartImageRenderer charts) {
        this.data = data;
        this.texts = texts;
        this.charts = charts;
        this.zone = data.generatedAt().getZone();
        this.tables = new IntegrationReportTables(texts, zone, data.generatedAt().toInstant());
    }

    ReportDocument document() {
        Integration integration = data.detail().integration();
        ReportDocument.Builder doc = ReportDocument.builder(texts.get("report.integration.title"), texts.locale(),
                texts.pageLabel());
        doc.subtitle(data.opd().name() + " \u2014 " + integration.code());
        doc.heading(1, texts.get("report.integration.section.identity")).keyValues(identification());
        doc.heading(1, texts.get("report.integration.section.path"));
        doc.paragraph(texts.get("report.integration.path.intro", data.path().size(), data.returns()));
        doc.table(tables.path(data.path()));
        doc.note(texts.get("report.integration.path.note"));
        doc.heading(1, texts.get("report.integration.section.documents"));
        if (data.detail().documents().isEmpty()) {
            doc.paragraph(texts.get("report.integration.documents.none"));
        }
        else {
            doc.table(tables.documents(data.detail().documents()));
        }
        doc.heading(1, texts.get("report.integration.section.datasets"));
        if (data.datasets().isEmpty()) {
            doc.paragraph(texts.get("report.integration.datasets.none"));
        }
        else {
            doc.table(tables.datasets(data.datasets()));
            doc.note(texts.get("report.integration.datasets.note"));
        }
        confirmation(doc);
        approval(doc);
        return doc.build();
    }

    private List<Block.KeyValue> identification() {
        IntegrationDetail detail = data.detail();
        Integration integration = detail.integration();
        SopTemplate template = detail.template();
        List<Block.KeyValue> rows = new ArrayList<>();
        rows.add(Block.KeyValue.of(texts.get("report.integration.code"), integration.code()));
        rows.add(Block.KeyValue.of(texts.get("report.integration.name"), integration.title()));
        rows.add(Block.KeyValue.of(texts.get("report.integration.opd"),
                data.opd().name() + " (" + integration.opdShortName() + ")"));
        rows.add(Block.KeyValue.of(texts.get("report.integration.application"), integration.applicationName()));
        rows.add(Block.KeyValue.of(texts.get("report.integration.data"), integration.dataDescription()));
        rows.add(Block.KeyValue.of(texts.get("report.integration.template"),
                template.name() + " (" + template.code() + ")"));
        rows.add(Block.KeyValue.of(texts.get("report.integration.requested"), date(integration.createdAt())));
        rows.add(Block.KeyValue.of(texts.get("report.integration.validated"), date(integration.validatedAt())));
        rows.add(Block.KeyValue.of(texts.get("report.integration.status"), status(integration)));
        rows.add(new Block.KeyValue(texts.get("report.integration.duration"), totalTime(detail.total())));
        rows.add(new Block.KeyValue(texts.get("report.integration.returns"),
                data.returns() > 0 ? Cell.marked(Long.toString(data.returns()), Cell.Mark.ALERT)
                        : Cell.text(Long.toString(data.returns()))));
        rows.add(Block.KeyValue.of(texts.get("report.integration.version"), Integer.toString(data.version())));
        return rows;
    }

    private String status(Integration integration) {
        boolean finished = integration.isFinished() || data.path().stream().noneMatch(PathRow::isOpen);
        return finished ? texts.get("report.integration.status.finished")
                : texts.get("report.integration.status.atStep", integration.currentStep(),
                        texts.get("report.integration.statusName." + integration.status().name()));
    }

    private Cell totalTime(TimeProgress total) {
        Instant end = total.end() == null ? data.generatedAt().toInstant() : total.end();
        String text = texts.duration(java.time.Duration.between(total.start(), end));
        if (total.standard() != null) {
            text = texts.get("report.integration.duration.value", text, texts.timeStandard(total.standard()));
        }
        return total.overdue() ? Cell.marked(text + " \u2014 " + texts.get("report.integration.late"), Cell.Mark.ALERT)
                : Cell.text(text);
    }

    private void confirmation(ReportDocument.Builder doc) {
        doc.heading(1, texts.get("report.integration.section.confirmation"));
        IntegrationEvent confirmed = data.confirmation();
        if (confirmed == null) {
            doc.paragraph(texts.get("report.integration.confirmation.none"));
        }
        else {
            List<Block.KeyValue> rows = new ArrayList<>();
            rows.add(Block.KeyValue.of(texts.get("report.integration.confirmation.by"),
                    confirmed.actorName()
                            + (confirmed.actedAs() == null ? "" : " (" + texts.role(confirmed.actedAs()) + ")")
                            + (confirmed.onBehalf() ? " \u2014 " + texts.get("report.integration.onBehalf") : "")));
            rows.add(Block.KeyValue.of(texts.get("report.integration.confirmation.at"),
                    texts.dateTime(confirmed.at().atZone(zone))));
            rows.add(Block.KeyValue.of(texts.get("report.integration.confirmation.question"),
                    data.detail().template().step(confirmed.fromStep()).decisionQuestion() + " "
                            + texts.get("report.integration.confirmation.yes")));
            if (confirmed.note() != null) {
                rows.add(Block.KeyValue.of(texts.get("report.integration.confirmation.note"), confirmed.note()));
            }
            doc.keyValues(rows);
        }
        if (data.charts().isEmpty()) {
            doc.note(texts.get("report.integration.charts.none"));
        }
        int number = 1;
        for (DatasetChart chart : data.charts()) {
            ChartSpec spec = chart.spec();
            ChartImageOptions options = ChartImageOptions.print(texts.locale(), texts.get("report.chart.empty"));
            if (spec.type() == ChartType.BAR) {
                options = options.withSize(640, Math.min(560, 120 + 26 * spec.categories().size()));
            }
            doc.figure(charts.png(spec, options), options.pixelWidth(), options.pixelHeight(),
                    texts.get("report.figure", number++, chart.datasetTitle() + " \u2014 " + spec.title()));
        }
    }

    private void approval(ReportDocument.Builder doc) {
        doc.heading(1, texts.get("report.integration.section.approval"));
        doc.paragraph(texts.get("report.integration.approval.text", data.detail().integration().code()));
        doc.note(texts.get("report.generated", texts.dateTime(data.generatedAt())));
        doc.signatures(texts.get("report.signature.place", texts.date(data.generatedAt().toLocalDate())),
                List.of(signatory(texts.get("report.signature.preamble"), "report.signature.pengawas"),
                        signatory("", "report.signature.administrator")));
    }

    private Block.Signatory signatory(String preamble, String roleKey) {
        return new Block.Signatory(preamble, texts.get(roleKey), texts.get("report.signature.blankName"),
                texts.get("report.signature.blankId"));
    }

    private String date(@org.jspecify.annotations.Nullable Instant instant) {
        return instant == null ? texts.get("report.none") : texts.date(instant.atZone(zone).toLocalDate());
    }

}
