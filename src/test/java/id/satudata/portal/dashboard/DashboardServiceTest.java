package id.satudata.portal.dashboard;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.chart.ChartDefinition;
import id.satudata.portal.chart.ChartKind;
import id.satudata.portal.chart.DashboardChart;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.test.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard services: who sees what, the decision, charts, schema changes. */
@PortalTest
class DashboardServiceTest {

    @Autowired
    DashboardFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardCharts charts;

    @Autowired
    DatasetService datasets;

    @Autowired
    RegistryService registry;

    @Autowired
    DatastoreFixtures datastore;

    @Test
    void theOpdDashboardListsTheIntegrationAwaitingDecisionAndTheLinkedDatasetWithItsLoads() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcLihat");

        OpdDashboard dashboard = as(review.cast().opdUser(), () -> dashboards.opdDashboard(review.cast().opd().id()));

        assertThat(dashboard.integrations()).singleElement().satisfies(i -> {
            assertThat(i.awaitingDecision()).isTrue();
            assertThat(i.mayDecide()).isTrue();
            assertThat(i.datasetIds()).containsExactly(review.dataset().id());
        });
        assertThat(dashboard.datasets()).singleElement().satisfies(d -> {
            assertThat(d.dataset().rowCount()).isEqualTo(3);
            assertThat(d.loads().loads()).isEqualTo(1);
            assertThat(d.freshness()).isEqualTo(Freshness.FRESH);
        });
        assertThat(dashboard.headline().awaitingDecision()).isEqualTo(1);
    }

    @Test
    void anOpdUserCannotOpenAnotherOpdsDashboardButStaffCan() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcLain");
        var stranger = opds.opdStaff(opds.opd("SvcAsing"));

        assertThatThrownBy(() -> as(stranger, () -> dashboards.opdDashboard(review.cast().opd().id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(review.cast().pengawas(), () -> dashboards.opdDashboard(review.cast().opd().id())).datasets())
            .hasSize(1);
    }

    @Test
    void onlyTheIntegrationsOpdOrAnAdministratorDecides() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcSiapa");
        var stranger = opds.opdStaff(opds.opd("SvcOrang"));
        long id = review.integration().id();
        int version = review.integration().version();

        assertThatThrownBy(() -> as(stranger, () -> dashboards.decide(id, version, true, null, List.of())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> as(review.cast().pengawas(), () -> dashboards.decide(id, version, true, null, List.of())))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(review.cast().admin(), () -> dashboards.decide(id, version, true, null, List.of())).status())
            .isEqualTo(IntegrationStatus.VALIDATED);
    }

    @Test
    void aSchemaChangeOfALinkedDatasetAfterValidationAsksForANewValidation() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcSkema");
        as(review.cast().opdUser(), () -> dashboards.decide(review.integration().id(), review.integration().version(),
                true, null, List.of()));
        List<SchemaField> fields = new ArrayList<>(review.dataset().schema().fields());
        fields.add(new SchemaField("keterangan", "Keterangan", FieldType.STRING, null, false, FieldRole.DIMENSION));
        as(review.cast().teknis(), () -> datasets.defineSchema(review.dataset().id(),
                new TableSchema(fields, review.dataset().schema().primaryKey())));

        OpdDashboard dashboard = as(review.cast().opdUser(), () -> dashboards.opdDashboard(review.cast().opd().id()));

        assertThat(dashboard.integrations().getFirst().schemaChanged()).isTrue();
        assertThat(dashboard.integrations().getFirst().integration().status()).isEqualTo(IntegrationStatus.VALIDATED);
    }

    @Test
    void theAutomaticChartsOfARegionDatasetAreABarFallbackMapAndALineAndStaffCanSaveAnother() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcGrafik");
        long id = review.dataset().id();

        List<DashboardChart> automatic = as(review.cast().opdUser(), () -> charts.charts(id, Locale.ROOT));

        assertThat(automatic).extracting(c -> c.definition().kind()).containsExactly(ChartKind.MAP, ChartKind.LINE);
        DashboardChart map = automatic.getFirst();
        assertThat(map.region()).isNotNull();
        assertThat(map.region().rows()).isEqualTo(3);
        assertThat(map.spec().categories()).hasSize(3);
        ChartDefinition columns = ChartDefinition.of(ChartKind.COLUMN, "nama_kabupaten_kota", "luas_km2",
                Aggregate.MAX);
        assertThatThrownBy(() -> as(review.cast().opdUser(), () -> charts.save(id, 0, columns)))
            .isInstanceOf(AccessDeniedException.class);

        as(review.cast().teknis(), () -> charts.save(id, 0, columns));

        List<DashboardChart> saved = as(review.cast().opdUser(), () -> charts.charts(id, Locale.ROOT));
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.automatic()).isFalse();
            assertThat(c.spec().categories()).containsExactly("Kutai Barat", "Paser", "Balikpapan");
        });
    }

    @Test
    void aColumnHoldingASingleRegionIsNoMapTheMeasureOverTheYearsComesFirst() {
        TableSchema schema = new TableSchema(List.of(
                new SchemaField("kode_provinsi", "Kode Provinsi", FieldType.STRING, null, true, FieldRole.DIMENSION),
                new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION), new SchemaField(
                        "nilai_inflasi", "Nilai Inflasi", FieldType.NUMBER, "persen", false, FieldRole.MEASURE)),
                List.of());
        var opd = opds.opd("SvcProvinsi");
        var dataset = datastore.dataset(opd, id.satudata.portal.datastore.Visibility.INTERNAL, schema);
        datastore.load(dataset, id.satudata.portal.datastore.ingest.LoadMode.REPLACE,
                "kode_provinsi,tahun,nilai_inflasi\n64,2021,2.1\n64,2022,3.4\n64,2023,2.9\n");

        List<DashboardChart> automatic = as(opds.opdStaff(opd), () -> charts.charts(dataset.id(), Locale.ROOT));

        assertThat(automatic).extracting(c -> c.definition().kind()).doesNotContain(ChartKind.MAP);
        assertThat(automatic.getFirst().definition())
            .isEqualTo(ChartDefinition.of(ChartKind.LINE, "tahun", "nilai_inflasi", Aggregate.AVG));
    }

    @Test
    void aYearChosenInTheViewReplacesTheChartsLatestYear() {
        var opd = opds.opd("SvcTahun");
        var dataset = casesByRegionAndYear(opd);

        DashboardChart chart = as(opds.opdStaff(opd),
                () -> charts
                    .firstChart(dataset.id(),
                            List.of(id.satudata.portal.datastore.query.RowFilter.equalTo("tahun", "2022")), Locale.ROOT)
                    .orElseThrow());

        assertThat(chart.definition().kind()).isEqualTo(ChartKind.MAP);
        assertThat(chart.definition().filterValue()).isEqualTo("2023");
        assertThat(chart.spec().series().getFirst().values()).containsExactlyInAnyOrder(10.0, 20.0, 30.0);
    }

    @Test
    void aViewWithoutRowsStillGetsItsFirstChartEmptySoThePageCanSayWhy() {
        var opd = opds.opd("SvcKosong");
        var dataset = casesByRegionAndYear(opd);

        DashboardChart chart = as(opds.opdStaff(opd),
                () -> charts
                    .firstChart(dataset.id(),
                            List.of(id.satudata.portal.datastore.query.RowFilter.equalTo("tahun", "1999")), Locale.ROOT)
                    .orElseThrow());

        assertThat(chart.definition().kind()).isEqualTo(ChartKind.MAP);
        assertThat(chart.spec().isEmpty()).isTrue();
    }

    private Dataset casesByRegionAndYear(Opd opd) {
        TableSchema schema = new TableSchema(List
            .of(new SchemaField("kode_wilayah_bps", "Kode Wilayah", FieldType.STRING, null, true, FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION), new SchemaField(
                            "jumlah_kasus", "Jumlah Kasus", FieldType.INTEGER, "kasus", false, FieldRole.MEASURE)),
                List.of());
        var dataset = datastore.dataset(opd, id.satudata.portal.datastore.Visibility.INTERNAL, schema);
        datastore.load(dataset, id.satudata.portal.datastore.ingest.LoadMode.REPLACE, """
                kode_wilayah_bps,tahun,jumlah_kasus
                6401,2022,10
                6403,2022,20
                6471,2022,30
                6401,2023,11
                6403,2023,21
                6471,2023,31
                """);
        return dataset;
    }

    @Test
    void aChartOnAColumnThatIsNotADimensionIsRefused() {
        DashboardFixtures.Review review = fixtures.atStepEleven("SvcSalah");
        ChartDefinition wrong = ChartDefinition.of(ChartKind.BAR, "jumlah_penduduk", null, Aggregate.COUNT);

        assertThatThrownBy(() -> as(review.cast().teknis(), () -> charts.save(review.dataset().id(), 0, wrong)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("dashboard.error.chart.dimension");
    }

}
