package id.satudata.portal.datastore;

import static id.satudata.portal.jooq.Tables.DATASET;

import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test data: datasets with a small population schema, made by a technical-team member.
 */
@Component
public class DatastoreFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * kode_kabupaten_kota (key part), nama, tahun (key part), jumlah_penduduk, luas_km2.
     */
    public static final TableSchema POPULATION = new TableSchema(
            List.of(new SchemaField("kode_kabupaten_kota", "Kode Kabupaten/Kota", FieldType.STRING, null, true,
                    FieldRole.DIMENSION),
                    new SchemaField("nama_kabupaten_kota", "Nama Kabupaten/Kota", FieldType.STRING, null, false,
                            FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                    new SchemaField("jumlah_penduduk", "Jumlah Penduduk", FieldType.INTEGER, "jiwa", true,
                            FieldRole.MEASURE),
                    new SchemaField("luas_km2", "Luas", FieldType.NUMBER, "km2", false, FieldRole.MEASURE)),
            List.of("kode_kabupaten_kota", "tahun"));

    public static final String POPULATION_CSV = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
            6401,Paser,2023,300000,11603.94
            6402,Kutai Barat,2023,170000,20384.6
            6471,Balikpapan,2023,730000,512.12
            """;

    private final OpdFixtures opds;

    private final DatasetService datasets;

    private final LoadService loads;

    private final DSLContext db;

    DatastoreFixtures(OpdFixtures opds, DatasetService datasets, LoadService loads, DSLContext db) {
        this.opds = opds;
        this.datasets = datasets;
        this.loads = loads;
        this.db = db;
    }

    public Opd opd() {
        return opds.opd("Bappeda");
    }

    public PortalUser teknis() {
        return opds.staff(Role.TEKNIS);
    }

    /**
     * A dataset of the OPD with the population schema (made as TEKNIS; the caller is
     * restored). PUBLIC is set as a release would set it, without the catalogue's event:
     * these fixtures serve tests of access and loads, not of releases.
     */
    public Dataset dataset(Opd opd, Visibility visibility) {
        return dataset(opd, visibility, POPULATION);
    }

    public Dataset dataset(Opd opd, Visibility visibility, TableSchema schema) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SignedIn.as(teknis());
            int n = SEQUENCE.incrementAndGet();
            Dataset dataset = datasets.create(new DatasetDraft(opd.id(), null, "penduduk-" + n + "-" + opd.id(),
                    "Jumlah penduduk " + n, "Uji", UpdateFrequency.YEARLY,
                    visibility == Visibility.PUBLIC ? Visibility.INTERNAL : visibility));
            if (visibility == Visibility.PUBLIC) {
                setVisibility(dataset, Visibility.PUBLIC);
            }
            return datasets.defineSchema(dataset.id(), schema);
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Changes the visibility in the database, as a release or withdrawal would. */
    public void setVisibility(Dataset dataset, Visibility visibility) {
        db.update(DATASET).set(DATASET.VISIBILITY, visibility.name()).where(DATASET.ID.eq(dataset.id())).execute();
    }

    /** Loads CSV text as TEKNIS (the caller is restored). */
    public LoadResult load(Dataset dataset, LoadMode mode, String csv) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SignedIn.as(teknis());
            return loads.load(LoadRequest.of(dataset.id(), mode, PayloadFormat.CSV),
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

}
