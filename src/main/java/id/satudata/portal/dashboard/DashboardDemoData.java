package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.opd.UserService;
import id.satudata.portal.registry.DemoIntegrations;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.sop.IntegrationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboards' demo (order 30): links the demo datasets to their OPD's demo
 * integration, and gives Dinas Kesehatan and Disdikbud generated Kaltim datasets (loaded
 * through the real pipeline by the demo administrator) so the step-11 dashboards have
 * charts and maps. Validated integrations keep the schema versions they were validated
 * with.
 */
@Component
class DashboardDemoData implements DemoDataContributor {

    private static final String GENERATED = "Data bangkitan (generated) untuk demo dasbor, bukan data resmi: angka "
            + "dibuat acak namun wajar per kode wilayah BPS kabupaten/kota di Kalimantan Timur.";

    private static final Map<String, String> INTEGRATIONS = Map.of("DINKES", DemoIntegrations.DINKES, "DLH",
            DemoIntegrations.DLH, "DISHUB", DemoIntegrations.DISHUB, "BPBD", DemoIntegrations.BPBD, "BAPPEDA",
            DemoIntegrations.BAPPEDA, "DKP3A", DemoIntegrations.DKP3A, "DISDIKBUD", DemoIntegrations.DISDIKBUD);

    private final OpdService opds;

    private final UserService users;

    private final DatasetService datasets;

    private final LoadService loads;

    private final RegistryService registry;

    private final DashboardRepository repository;

    DashboardDemoData(OpdService opds, UserService users, DatasetService datasets, LoadService loads,
            RegistryService registry, DashboardRepository repository) {
        this.opds = opds;
        this.users = users;
        this.datasets = datasets;
        this.loads = loads;
        this.registry = registry;
        this.repository = repository;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(DemoContext context) {
        SecurityContext previous = SecurityContextHolder.getContext();
        PortalUser admin = users.loadUserByUsername("admin");
        SecurityContext asAdmin = SecurityContextHolder.createEmptyContext();
        asAdmin
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(asAdmin);
        try {
            generate(context);
            link(OffsetDateTime.now(context.clock()));
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void generate(DemoContext context) {
        KaltimDemoTables tables = new KaltimDemoTables(context.random());
        Dataset stunting = define("DINKES", "kasus-stunting-balita-kabkota-kaltim",
                "Kasus Stunting Balita per Kabupaten/Kota di Kalimantan Timur 2019-2025", UpdateFrequency.YEARLY,
                KaltimDemoTables.STUNTING);
        load(stunting, LoadMode.REPLACE, tables.stunting(2019, 2023));
        load(stunting, LoadMode.APPEND, tables.stuntingTypedByHand(2024));
        load(stunting, LoadMode.APPEND, tables.stunting(2024, 2025));
        Dataset schools = define("DISDIKBUD", "jumlah-sekolah-jenjang-kabkota-kaltim",
                "Jumlah Sekolah per Jenjang per Kabupaten/Kota di Kalimantan Timur", UpdateFrequency.YEARLY,
                KaltimDemoTables.SCHOOLS);
        load(schools, LoadMode.REPLACE, tables.schools());
    }

    private Dataset define(String opdCode, String slug, String title, UpdateFrequency frequency, TableSchema schema) {
        Opd opd = opd(opdCode);
        Dataset dataset = datasets
            .create(new DatasetDraft(opd.id(), null, slug, title, GENERATED, frequency, Visibility.INTERNAL));
        return datasets.defineSchema(dataset.id(), schema);
    }

    private void load(Dataset dataset, LoadMode mode, String csv) {
        loads.load(LoadRequest.of(dataset.id(), mode, PayloadFormat.CSV).withFileName(dataset.slug() + ".csv"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every dataset of the OPDs with a demo integration becomes part of it. */
    private void link(OffsetDateTime now) {
        List<Integration> all = registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0,
                RegistryService.MAX_PAGE_SIZE);
        INTEGRATIONS.forEach((opdCode, title) -> {
            Integration integration = all.stream()
                .filter(i -> i.opdCode().equals(opdCode) && i.title().equals(title))
                .findFirst()
                .orElse(null);
            if (integration == null) {
                return;
            }
            for (Dataset d : datasets.list(integration.opdId())) {
                if (d.opdId() != integration.opdId()) {
                    continue;
                }
                datasets.update(d.id(), new DatasetDraft(d.opdId(), integration.id(), d.slug(), d.title(),
                        d.description(), d.updateFrequency(), d.visibility()));
                if (integration.status() == IntegrationStatus.VALIDATED) {
                    repository.recordValidatedSchema(integration.id(), d.id(), d.schemaVersion(), now);
                }
            }
        });
    }

    private Opd opd(String code) {
        return Objects.requireNonNull(opds.list().stream().filter(o -> o.code().equals(code)).findFirst().orElse(null),
                code);
    }

}
