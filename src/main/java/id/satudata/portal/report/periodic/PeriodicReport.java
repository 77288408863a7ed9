package id.satudata.portal.report.periodic;

import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.report.Block;
import id.satudata.portal.report.ReportDocument;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.sop.SopService;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The periodic report as a document: a summary, integrations by state and by step, time
 * standard compliance, returns with their reasons, released datasets and loads per OPD.
 */
final class PeriodicReport {

    private final ReportPeriod period;

    private final PeriodicFacts facts;

    private final String regionName;

    private final ReportTexts texts;

    private final ChartImageRenderer charts;

    private final PeriodicReportTables tables;

    private final ZonedDateTime now;

    private final boolean emptyTables;

    /**
     * @param emptyTables keep tables without rows (the sheets of the XLSX); otherwise a
     * sentence says there is nothing
     */
    PeriodicReport(ReportPeriod period, PeriodicFacts facts, String regionName, ReportTexts texts, SopService sops,
            ChartImageRenderer charts, ZonedDateTime now, boolean emptyTables) {
        this.emptyTables = emptyTables;
        this.period = period;
        this.facts = facts;
        this.regionName = regionName;
        this.texts = texts;
        this.charts = charts;
        this.now = now;
        this.tables = new PeriodicReportTables(texts, sops, now.getZone());
    }

    ReportDocument document() {
        ReportDocument.Builder doc = ReportDocument.builder(texts.get("report.periodic.title"), texts.locale(),
                texts.pageLabel());
        doc.subtitle(regionName + " \u2014 " + label(period, texts));
        doc.heading(1, texts.get("report.periodic.section.summary")).keyValues(summary());
        doc.heading(1, texts.get("report.periodic.section.states"));
        doc.table(tables.states(facts));
        stateChart(doc);
        doc.heading(1, texts.get("report.periodic.section.steps"));
        tableOrNone(doc, tables.steps(facts));
        doc.heading(1, texts.get("report.periodic.section.compliance"));
        tableOrNone(doc, tables.compliance(facts));
        doc.note(texts.get("report.periodic.compliance.note"));
        doc.heading(1, texts.get("report.periodic.section.returns"));
        tableOrNone(doc, tables.returns(facts));
        doc.heading(1, texts.get("report.periodic.section.released"));
        tableOrNone(doc, tables.released(facts));
        doc.note(texts.get("report.periodic.released.note"));
        doc.heading(1, texts.get("report.periodic.section.loads"));
        tableOrNone(doc, tables.loads(facts));
        doc.heading(1, texts.get("report.periodic.section.approval"));
        doc.note(texts.get("report.generated", texts.dateTime(now)));
        doc.signatures(texts.get("report.signature.place", texts.date(now.toLocalDate())),
                List.of(signatory(texts.get("report.signature.preamble"), "report.signature.pengawas"),
                        signatory("", "report.signature.administrator")));
        return doc.build();
    }

    /** "Maret 2026", "Triwulan II 2026", "Tahun 2026". */
    static String label(ReportPeriod period, ReportTexts texts) {
        return switch (period.kind()) {
            case MONTH -> texts.get("report.periodic.label.MONTH",
                    period.firstDay().getMonth().getDisplayName(java.time.format.TextStyle.FULL, texts.locale()),
                    Integer.toString(period.year()));
            case QUARTER -> texts.get("report.periodic.label.QUARTER", "I II III IV".split(" ")[period.number() - 1],
                    Integer.toString(period.year()));
            case YEAR -> texts.get("report.periodic.label.YEAR", Integer.toString(period.year()));
        };
    }

    private List<Block.KeyValue> summary() {
        List<Block.KeyValue> rows = new ArrayList<>();
        rows.add(Block.KeyValue.of(texts.get("report.periodic.period"), label(period, texts) + " ("
                + texts.date(period.firstDay()) + " \u2013 " + texts.date(period.endExclusive().minusDays(1)) + ")"));
        rows.add(Block.KeyValue.of(texts.get("report.periodic.region"), regionName));
        rows.add(Block.KeyValue.of(texts.get("report.periodic.requested"), texts.number(facts.requested())));
        rows.add(Block.KeyValue.of(texts.get("report.periodic.finished"), texts.number(facts.finished())));
        int completions = facts.compliance().stream().mapToInt(PeriodicFacts.StepCompliance::completions).sum();
        int onTime = facts.compliance().stream().mapToInt(PeriodicFacts.StepCompliance::onTime).sum();
        rows.add(Block.KeyValue.of(texts.get("report.periodic.completions"), completions == 0 ? "0"
                : texts.get("report.periodic.onTime", onTime, completions, Math.round(100.0 * onTime / completions))));
        rows.add(Block.KeyValue.of(texts.get("report.periodic.returns"), texts.number(facts.returns().size())));
        long newReleases = facts.released().stream().filter(PeriodicFacts.ReleasedDataset::newInPeriod).count();
        rows.add(Block.KeyValue.of(texts.get("report.periodic.released"),
                texts.get("report.periodic.released.value", facts.released().size(), newReleases)));
        int loads = facts.loads().stream().mapToInt(PeriodicFacts.OpdLoads::loads).sum();
        int refused = facts.loads().stream().mapToInt(PeriodicFacts.OpdLoads::refused).sum();
        rows.add(Block.KeyValue.of(texts.get("report.periodic.loads"),
                texts.get("report.periodic.loads.value", loads, refused)));
        return rows;
    }

    private void stateChart(ReportDocument.Builder doc) {
        ChartSpec spec = ChartSpec.of(ChartType.COLUMN, texts.get("report.periodic.chart.states"),
                facts.states().stream().map(s -> texts.get("report.periodic.state." + s.state().name())).toList(),
                texts.get("report.periodic.col.integrations"),
                facts.states().stream().map(s -> (double) s.integrations()).toList(),
                texts.get("report.periodic.chart.unit"));
        ChartImageOptions options = ChartImageOptions.print(texts.locale(), texts.get("report.chart.empty"))
            .withSize(640, 300);
        doc.figure(charts.png(spec, options), options.pixelWidth(), options.pixelHeight(),
                texts.get("report.figure", 1, spec.title()));
    }

    private void tableOrNone(ReportDocument.Builder doc, Block.Table table) {
        if (table.rows().isEmpty() && !emptyTables) {
            doc.paragraph(texts.get("report.periodic.none"));
        }
        else {
            doc.table(table);
        }
    }

    private Block.Signatory signatory(String preamble, String roleKey) {
        return new Block.Signatory(preamble, texts.get(roleKey), texts.get("report.signature.blankName"),
                texts.get("report.signature.blankId"));
    }

}
