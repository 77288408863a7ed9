package id.satudata.portal.datastore;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadException;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.ingest.SampleReader;
import id.satudata.portal.datastore.schema.SchemaInference;
import id.satudata.portal.datastore.schema.SchemaVersions;
import id.satudata.portal.datastore.schema.TableSchema;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hub's demo datasets: files with the quirks of Indonesian open-data portals (CR-only
 * lines, CRLF, byte order marks, semicolons with decimal commas, mixed Windows-1252,
 * title rows, spreadsheet dates) loaded through the real pipeline with a schema inferred
 * from the file (the real files of other provinces where the shared folder exists, else
 * the project's own small files of the same kind), and a generated population of Kaltim's
 * kabupaten/kota per year owned by Bappeda, with some rejected loads in its history. The
 * large files (16k-row IDM villages, 14.5k-row river quality) are left out: the demo runs
 * before anyone can sign in and must stay fast.
 */
@Component
class DatastoreDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DatastoreDemoData.class);

    /**
     * A demo dataset from a file: the real open-data file of the shared folder where this
     * installation has it, else the project's own small file of the same shape and quirk
     * (under {@code demo/files} on the class path), else none.
     */
    private record DemoFile(@Nullable String sharedFile, @Nullable String ownFile, String opdCode, String slug,
            String title, UpdateFrequency frequency, Visibility visibility) {
    }

    private static final List<DemoFile> FILES = List.of(
            new DemoFile("jabar_bps-od_17044_tpt_kabkota_2007-2024.csv", "tpt_kabkota_jabar_crlf.csv", "DISNAKERTRANS",
                    "tpt-kabkota-jabar",
                    "Tingkat Pengangguran Terbuka per Kabupaten/Kota (contoh format Open Data Jabar)",
                    UpdateFrequency.YEARLY, Visibility.INTERNAL),
            new DemoFile("jabar_bps-od_17137_inflasi_7kota_2018-2022.csv", "inflasi_tujuh_kota_bom.csv", "BAPPEDA",
                    "inflasi-tujuh-kota", "Nilai Inflasi Tujuh Kota (contoh format Open Data Jabar)",
                    UpdateFrequency.YEARLY, Visibility.INTERNAL),
            new DemoFile("jabar_penduduk_jenis_kelamin_kabkota_2013-2020.csv", null, "DKP3A",
                    "penduduk-jenis-kelamin-jabar", "Jumlah Penduduk menurut Jenis Kelamin (contoh Open Data Jabar)",
                    UpdateFrequency.YEARLY, Visibility.INTERNAL),
            new DemoFile("jabar_dishub-od_20049_daftar_stasiun_kabkota_2021.csv", "daftar_stasiun_crlf.csv", "DISHUB",
                    "daftar-stasiun", "Daftar Stasiun Kereta per Kabupaten/Kota", UpdateFrequency.IRREGULAR,
                    Visibility.INTERNAL),
            new DemoFile("jakarta_ispu_2022.csv", "ispu_2022_serial_date.csv", "DLH", "ispu-2022",
                    "Indeks Standar Pencemaran Udara 2022", UpdateFrequency.DAILY, Visibility.INTERNAL),
            new DemoFile("jakarta_kode_wilayah_2014_cr_only.csv", "kode_wilayah_2014_cr_only.csv", "DPMPD",
                    "kode-wilayah-2014", "Kode Wilayah Kecamatan dan Kelurahan 2014", UpdateFrequency.IRREGULAR,
                    Visibility.DRAFT),
            new DemoFile("bencana_kecelakaan_transportasi_2011-2014_mixed_cp1252.csv",
                    "kecelakaan_transportasi_mixed_cp1252.csv", "BPBD", "bencana-kecelakaan-transportasi",
                    "Kejadian Bencana Kecelakaan Transportasi 2011-2014", UpdateFrequency.IRREGULAR, Visibility.DRAFT),
            new DemoFile("dki_dukcapil_penduduk_kelompok_usia_jakut_2025s1.xlsx", null, "DKP3A",
                    "penduduk-kelompok-usia", "Penduduk menurut Kelompok Usia (contoh Dukcapil)",
                    UpdateFrequency.QUARTERLY, Visibility.DRAFT),
            // the real river file (14.5k rows) is too large for the demo: the own one
            // always
            new DemoFile(null, "kualitas_air_sungai_semicolon.csv", "DLH", "kualitas-air-sungai-2022",
                    "Kualitas Air Sungai 2022", UpdateFrequency.MONTHLY, Visibility.INTERNAL),
            new DemoFile(null, "penduduk_kecamatan_judul_di_atas.csv", "DPMPD", "penduduk-kecamatan-trenggalek",
                    "Jumlah Penduduk per Kecamatan di Kabupaten Trenggalek", UpdateFrequency.YEARLY, Visibility.DRAFT));

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
        for (DemoFile file : FILES) {
            Optional<Path> shared = file.sharedFile() == null ? Optional.empty()
                    : context.shared("realdata/" + file.sharedFile());
            if (shared.isPresent()) {
                loadFile(file, file.sharedFile(), () -> Files.newInputStream(shared.get()), byCode, now);
            }
            else if (file.ownFile() != null) {
                loadFile(file, file.ownFile(), () -> ownFile(file.ownFile()), byCode, now);
            }
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

    /** Opens a file to read, once for the schema and once for the load. */
    private interface Source {

        InputStream open() throws IOException;

    }

    private static InputStream ownFile(String name) throws IOException {
        InputStream in = DatastoreDemoData.class.getResourceAsStream("/demo/files/" + name);
        if (in == null) {
            throw new IOException("Missing demo file " + name);
        }
        return in;
    }

    private void loadFile(DemoFile demo, String fileName, Source source, Map<String, Opd> byCode, OffsetDateTime now) {
        PayloadFormat format = PayloadFormat.ofFileName(fileName).orElse(PayloadFormat.CSV);
        TableSchema schema;
        try (InputStream in = source.open()) {
            schema = SchemaInference.infer(SampleReader.read(in, format));
        }
        catch (IOException | PayloadException | ValidationException e) {
            log.warn("Demo: no schema for {}: {}", fileName, e.getMessage());
            return;
        }
        Dataset dataset = define(byCode.get(demo.opdCode()), demo.slug(), demo.title(), demo.frequency(),
                demo.visibility(), schema, now);
        try (InputStream in = source.open()) {
            LoadResult result = loads
                .loadForDemo(LoadRequest.of(dataset.id(), LoadMode.REPLACE, format).withFileName(fileName), in);
            log.debug("Demo: {} -> {} ({} rows)", fileName, result.status(), result.rowsAccepted());
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
