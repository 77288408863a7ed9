package id.satudata.portal.catalog;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo catalogue: describes every dataset the other demo contributors made (topic and
 * tags guessed from title and OPD, MS-Ind items, period from the data's year column),
 * releases through {@link CatalogService} the ones the demo story publishes (so their
 * events exist), features a few and gives them view and download counts. Works with
 * whatever datasets exist.
 */
@Component
class CatalogDemoData implements DemoDataContributor {

    /** Words of titles and OPD names that point to a topic, in order of precedence. */
    private static final Map<String, String> TOPIC_WORDS = new java.util.LinkedHashMap<>();

    static {
        List.of("sehat:kesehatan", "puskesmas:kesehatan", "stunting:kesehatan", "penyakit:kesehatan",
                "didik:pendidikan", "sekolah:pendidikan", "guru:pendidikan", "penduduk:kependudukan",
                "dukcapil:kependudukan", "miskin:sosial", "sosial:sosial", "tani:pertanian", "padi:pertanian",
                "pangan:pertanian", "ikan:kelautan-perikanan", "laut:kelautan-perikanan", "lingkungan:lingkungan-hidup",
                "sampah:lingkungan-hidup", "hutan:lingkungan-hidup", "hubung:perhubungan", "jalan:infrastruktur",
                "kendaraan:perhubungan", "bencana:kebencanaan", "banjir:kebencanaan", "wisata:pariwisata",
                "energi:energi", "listrik:energi", "tambang:energi", "ekonomi:ekonomi", "pdrb:ekonomi",
                "inflasi:ekonomi", "umkm:ekonomi", "investasi:ekonomi", "pekerjaan umum:infrastruktur")
            .forEach(pair -> TOPIC_WORDS.put(pair.split(":")[0], pair.split(":")[1]));
    }

    /**
     * The datasets the demo story publishes (made by the datastore and dashboard demos).
     */
    private static final Set<String> PUBLISHED = Set.of("tpt-kabkota-jabar", "inflasi-tujuh-kota", "daftar-stasiun",
            "ispu-2022", "penduduk-kabkota-kaltim", "kasus-stunting-balita-kabkota-kaltim",
            "jumlah-sekolah-jenjang-kabkota-kaltim");

    private final DatasetService datasets;

    private final CatalogService catalog;

    private final CatalogRepository repository;

    private final OpdService opds;

    private final DatasetQueryService queries;

    private final UserService users;

    CatalogDemoData(DatasetService datasets, CatalogService catalog, CatalogRepository repository, OpdService opds,
            DatasetQueryService queries, UserService users) {
        this.queries = queries;
        this.users = users;
        this.datasets = datasets;
        this.catalog = catalog;
        this.repository = repository;
        this.opds = opds;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void contribute(DemoContext context) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContext demo = SecurityContextHolder.createEmptyContext();
            demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(walidata(), null, List.of()));
            SecurityContextHolder.setContext(demo);
            List<Dataset> released = new ArrayList<>();
            for (Dataset dataset : datasets.list(null)) {
                if (catalog.get(dataset.id()).updatedAt() != null) {
                    continue; // described before (never on an empty database)
                }
                describe(dataset, context);
                if (PUBLISHED.contains(dataset.slug()) && dataset.visibility() != Visibility.PUBLIC
                        && dataset.rowCount() > 0) {
                    catalog.release(dataset.id(), "Rilis data demo");
                    released.add(dataset);
                }
            }
            for (Dataset d : released) {
                repository.addCounts(d.id(), context.random().nextInt(20, 400), context.random().nextInt(0, 80));
            }
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * The years in the dataset's first YEAR column, in order (the period the data
     * covers); none when it has no such column.
     */
    private List<Integer> yearsInData(Dataset dataset) {
        return dataset.schema()
            .fields()
            .stream()
            .filter(f -> f.type() == FieldType.YEAR)
            .findFirst()
            .map(f -> queries.distinct(dataset.id(), f.name(), List.of(), 1000)
                .stream()
                .map(DistinctValue::value)
                .filter(v -> v != null && v.matches("\\d{4}"))
                .map(Integer::valueOf)
                .sorted()
                .toList())
            .orElse(List.of());
    }

    /** The demo's walidata account (PENGAWAS) when the organisations demo made it. */
    private Caller walidata() {
        return repository.userExists("pengawas") ? users.loadUserByUsername("pengawas").toCaller()
                : new Caller(null, "demo-walidata", Set.of(Role.PENGAWAS), null);
    }

    private void describe(Dataset dataset, DemoContext context) {
        String opdName = opds.get(dataset.opdId()).name();
        String text = (dataset.title() + " " + opdName).toLowerCase(Locale.ROOT);
        String topic = TOPIC_WORDS.entrySet()
            .stream()
            .filter(e -> text.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("pemerintahan");
        List<Integer> years = yearsInData(dataset);
        Integer from = years.isEmpty() ? null : years.getFirst();
        Integer to = years.isEmpty() ? null : years.getLast();
        List<String> tags = new ArrayList<>(List.of(topic));
        if (text.contains("kabupaten") || text.contains("kota")) {
            tags.add("kabupaten-kota");
        }
        String unit = dataset.schema()
            .fields()
            .stream()
            .filter(f -> f.isMeasure() && f.unit() != null)
            .map(f -> f.unit())
            .findFirst()
            .orElse(null);
        catalog.update(dataset.id(),
                new MetadataDraft(topic, tags, Licence.DEFAULT, "Dinas Komunikasi dan Informatika", from, to,
                        dataset.title(), unit, dataset.description().isBlank() ? null : dataset.description(),
                        "Sesuai standar data statistik sektoral (Peraturan BPS No. 5/2020).",
                        "Rekapitulasi laporan rutin " + opdName + ".", "Menurut kabupaten/kota dan tahun",
                        "Kabupaten/kota", "Seksi Statistik " + opdName, "data@kaltimprov.go.id", opdName, List.of(),
                        context.random().nextInt(4) == 0));
    }

}
