package id.satudata.portal.report.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryFixtures.Cast;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.PdfPreview;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class PeriodicReportServiceTest {

    private static final Locale INDONESIAN = Locale.of("id");

    private static final String REASON = "Kolom tahun ajaran belum sesuai; mohon dipetakan ulang.";

    @Autowired
    PeriodicReportService reports;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private ReportPeriod thisYear() {
        return ReportPeriod.year(LocalDate.now(clock).getYear());
    }

    /** An integration returned from step 3 to step 2 with a reason, now at step 2. */
    private Integration returnedAtStep3(Cast cast) {
        Integration integration = fixtures.request(cast, "KALTIM");
        fixtures.advanceTo(cast, integration.id(), 3);
        return fixtures.advance(cast, integration.id(), id.satudata.portal.sop.Outcome.NO, REASON);
    }

    @Test
    void theFactsCountTheReturnTheStepsCompletedAndTheLoadsOfTheOpd() {
        Cast cast = fixtures.cast("Periodik A");
        Integration returned = returnedAtStep3(cast);
        Dataset dataset = datastore.dataset(cast.opd(), Visibility.PUBLIC);
        datastore.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        datastore.load(dataset, LoadMode.APPEND, "kode_kabupaten_kota,tahun,jumlah_penduduk\n6401,x,y\n");
        SignedIn.as(cast.pengawas());
        PeriodicFacts facts = reports.facts(thisYear());
        assertThat(facts.returns()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(returned.code());
            assertThat(r.fromStep()).isEqualTo(3);
            assertThat(r.toStep()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo(REASON);
        });
        assertThat(facts.compliance()).anySatisfy(c -> {
            assertThat(c.templateCode()).isEqualTo("KALTIM");
            assertThat(c.step()).isEqualTo(1);
            assertThat(c.completions()).isPositive();
            assertThat(c.worst()).isGreaterThanOrEqualTo(c.median());
        });
        assertThat(facts.states()).anySatisfy(s -> {
            assertThat(s.state()).isEqualTo(PeriodicFacts.State.RETURNED);
            assertThat(s.integrations()).isPositive();
        });
        assertThat(facts.atStep()).anySatisfy(s -> assertThat(s.step()).isEqualTo(2));
        assertThat(facts.loads()).filteredOn(l -> l.opdShortName().equals("Periodik A"))
            .singleElement()
            .satisfies(l -> {
                assertThat(l.loads()).isEqualTo(2);
                assertThat(l.accepted()).isEqualTo(1);
                assertThat(l.rejected()).isEqualTo(1);
                assertThat(l.rowsAccepted()).isEqualTo(3);
            });
        assertThat(facts.released()).anySatisfy(d -> {
            assertThat(d.title()).isEqualTo(dataset.title());
            assertThat(d.newInPeriod()).isTrue();
        });
    }

    @Test
    void theXlsxHasASheetPerTableWithTheReturnReason() throws Exception {
        Cast cast = fixtures.cast("Periodik B");
        Integration returned = returnedAtStep3(cast);
        SignedIn.as(cast.admin());
        GeneratedDocument xlsx = reports.report(thisYear(), DocumentFormat.XLSX, INDONESIAN);
        assertThat(xlsx.fileName()).isEqualTo("laporan-periodik-" + thisYear().slug() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertThat(workbook.getSheet("Status")).isNotNull();
            assertThat(workbook.getSheet("Langkah")).isNotNull();
            assertThat(workbook.getSheet("Kepatuhan waktu")).isNotNull();
            assertThat(workbook.getSheet("Dataset dirilis")).isNotNull();
            assertThat(workbook.getSheet("Muatan per OPD")).isNotNull();
            XSSFSheet returns = workbook.getSheet("Pengembalian");
            boolean found = false;
            for (Row row : returns) {
                if (row.getCell(0).getStringCellValue().equals(returned.code())) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo(REASON);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void thePdfHasEverySectionAndTheReturnReason() throws Exception {
        Cast cast = fixtures.cast("Periodik C");
        returnedAtStep3(cast);
        SignedIn.as(cast.teknis());
        GeneratedDocument pdf = reports.report(thisYear(), DocumentFormat.PDF, INDONESIAN);
        PdfPreview.save("uji-" + pdf.fileName(), pdf.content());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Laporan Periodik Integrasi dan Data")
                .contains("Tahun " + thisYear().year())
                .contains("Integrasi Menurut Status")
                .contains("Kepatuhan Standar Waktu per Langkah")
                .contains("Pengembalian dan Alasannya")
                .contains(REASON)
                .contains("Muatan Data dan Kegagalan per OPD")
                .contains("Pejabat Pengawas");
        }
    }

    @Test
    void opdUsersGetNoPeriodicReport() {
        Cast cast = fixtures.cast("Periodik D");
        SignedIn.as(cast.opdUser());
        assertThatThrownBy(() -> reports.report(thisYear(), DocumentFormat.PDF, INDONESIAN))
            .isInstanceOf(AccessDeniedException.class);
    }

}
