package id.satudata.portal.datastore;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hub's demo datasets: real open-data files of other provinces (with their quirks)
 * loaded through the real pipeline with a schema inferred from the file, and a generated
 * population of Kaltim's kabupaten/kota per year owned by Bappeda, with some rejected
 * loads in its history. The large files (16k-row IDM villages, 14.5k-row river quality)
 * are left out: the demo runs before anyone can sign in and must stay fast.
 */
@Component
class DatastoreDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DatastoreDemoData.class);

    /** A real file, the OPD (code) that publishes it, and how. */
    private record RealFile(String file, String opdCode, String slug, String title, UpdateFrequency frequency,
            Visibility visibility) {
    }

    private static final List<RealFile> REAL_FILES = List.of(
            new RealFile("jabar_bps-od_17044_tpt_kabkota_2007-2024.csv", "DISNAKERTRANS", "tpt-kabkota-jabar",
                    "Tingkat Pengangguran Terbuka per Kabupaten/Kota (contoh Open Data Jabar)", UpdateFrequency.YEARLY,
                    Visibility.INTERNAL),
            new RealFile("jabar_bps-od_17137_inflasi_7kota_2018-2022.csv", "BAPPEDA", "inflasi-tujuh-kota",
                    "Nilai Inflasi Tujuh Kota (contoh Open Data Jabar)", UpdateFrequency.YEARLY, Visibility.INTERNAL),
            new RealFile("jabar_penduduk_jenis_kelamin_kabkota_2013-2020.csv", "DKP3A", "penduduk-jenis-kelamin-jabar",
                    "Jumlah Penduduk menurut Jenis Kelamin (contoh Open Data Jabar)", UpdateFrequency.YEARLY,
                    Visibility.INTERNAL),
            new RealFile("jabar_dishub-od_20049_daftar_stasiun_kabkota_2021.csv", "DISHUB", "daftar-stasiun",
                    "Daftar Stasiun Kereta per Kabupaten/Kota", UpdateFrequency.IRREGULAR, Visibility.INTERNAL),
            new RealFile("jakarta_ispu_2022.csv", "DLH", "ispu-2022", "Indeks Standar Pencemaran Udara 2022",
                    UpdateFrequency.DAILY, Visibility.INTERNAL),
            new RealFile("jakarta_kode_wilayah_2014_cr_only.csv", "DPMPD", "kode-wilayah-2014",
                    "Kode Wilayah Kecamatan dan Kelurahan 2014", UpdateFrequency.IRREGULAR, Visibility.DRAFT),
            new RealFile("bencana_kecelakaan_transportasi_2011-2014_mixed_cp1252.csv", "BPBD",
                    "bencana-kecelakaan-transportasi", "Kejadian Bencana Kecelakaan Transportasi 2011-2014",
                    UpdateFrequency.IRREGULAR, Visibility.DRAFT),
            new RealFile("dki_dukcapil_penduduk_kelompok_usia_jakut_2025s1.xlsx", "DKP3A", "penduduk-kelompok-usia",
                    "Penduduk menurut Kelompok Usia (contoh Dukcapil)", UpdateFrequency.QUARTERLY, Visibility.DRAFT));

    private final DatasetRepository datasets;

    private final DataTables tables;

    private final SchemaVersions versions;

    private final LoadService loads;

    private final OpdService opds;

    private final DatasetChanges changes;

    DatastoreDemoData(DatasetRepository datasets, DataTables tables, SchemaVersions versions, LoadService loads,
            OpdService opds, DatasetChanges changes) {
        this.changes = changes;
        this.datasets = datasets;
        this.tables = tables;
        this.versions = versions;
        this.loads = loads;
        this.opds = opds;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void contribute(DemoContext context) {
        Map<String, Opd> byCode = opds.list().stream().collect(Collectors.toMap(Opd::code, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now(context.clock());
        for (RealFile real : REAL_FILES) {
            context.shared("realdata/" + real.file())
                .ifPresent(file -> loadRealFile(real, file, byCode.get(real.opdCode()), now));
        }
        KaltimPopulation population = new KaltimPopulation(context.random());
        Dataset dataset = define(byCode.get("BAPPEDA"), "penduduk-kabkota-kaltim",
                "Jumlah Penduduk per Kabupaten/Kota di Kalimantan Timur", UpdateFrequency.YEARLY, Visibility.INTERNAL,
                KaltimPopulation.SCHEMA, now);
        load(dataset, LoadMode.REPLACE, population.csv(2015, 2021));
        load(dataset, LoadMode.APPEND, population.csv(2022, 2022));
        load(dataset, LoadMode.APPEND, population.withWrongTypes(2023));
        load(dataset, LoadMode.APPEND, population.csv(2022, 2022));
        load(dataset, LoadMode.UPSERT, population.csv(2023, 2024));
        load(dataset, LoadMode.APPEND, population.withUnknownColumn(2024));
    }

    private void loadRealFile(RealFile real, Path file, Opd opd, OffsetDateTime now) {
        PayloadFormat format = PayloadFormat.ofFileName(real.file()).orElse(PayloadFormat.CSV);
        TableSchema schema;
        try (InputStream in = Files.newInputStream(file)) {
            schema = SchemaInference.infer(SampleReader.read(in, format));
        }
        catch (IOException | PayloadException | ValidationException e) {
            log.warn("Demo: no schema for {}: {}", real.file(), e.getMessage());
            return;
        }
        Dataset dataset = define(opd, real.slug(), real.title(), real.frequency(), real.visibility(), schema, now);
        try (InputStream in = Files.newInputStream(file)) {
            LoadResult result = loads
                .loadForDemo(LoadRequest.of(dataset.id(), LoadMode.REPLACE, format).withFileName(real.file()), in);
            log.debug("Demo: {} -> {} ({} rows)", real.file(), result.status(), result.rowsAccepted());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Dataset define(Opd opd, String slug, String title, UpdateFrequency frequency, Visibility visibility,
            TableSchema schema, OffsetDateTime now) {
        Dataset dataset = datasets.insert(new DatasetDraft(opd.id(), null, slug, title,
                "Contoh data untuk demo pusat pertukaran data.", frequency, visibility), now);
        tables.create(dataset.id(), schema);
        datasets.updateSchema(dataset.id(), schema, now);
        versions.record(dataset.id(), 1, schema, List.of(), "demo", null, now);
        changes.announce(dataset.id());
        return datasets.findById(dataset.id()).orElseThrow();
    }

    private LoadResult load(Dataset dataset, LoadMode mode, String csv) {
        return loads.loadForDemo(LoadRequest.of(dataset.id(), mode, PayloadFormat.CSV).withFileName("bappeda.csv"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

}
