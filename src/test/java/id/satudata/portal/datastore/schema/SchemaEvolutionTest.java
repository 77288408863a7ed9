package id.satudata.portal.datastore.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of schema change on a loaded dataset: values are kept, converted, or the
 * change is refused (or asks for confirmation) with the column, the count and the first
 * rows; nothing is lost silently.
 */
@PortalTest
class SchemaEvolutionTest {

    /** The population schema with a free-text "keterangan" column. */
    static final TableSchema WITH_NOTE = new TableSchema(
            append(DatastoreFixtures.POPULATION.fields(),
                    new SchemaField("keterangan", "Keterangan", FieldType.STRING, null, false, FieldRole.DIMENSION)),
            DatastoreFixtures.POPULATION.primaryKey());

    static final String CSV = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2,keterangan
            6401,Paser,2023,300000,11603.94,12
            6402,Kutai Barat,2023,170000,20384.6,tt
            6471,Balikpapan,2023,730000,512.12,
            6472,Samarinda,2023,860000,718,x
            """;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetQueryService queries;

    Dataset dataset;

    PortalUser teknis;

    @BeforeEach
    void loadedDataset() {
        dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, WITH_NOTE);
        assertThat(fixtures.load(dataset, LoadMode.REPLACE, CSV).status()).isEqualTo(LoadStatus.ACCEPTED);
        teknis = fixtures.teknis();
        SignedIn.as(teknis);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<Object> column(String name) {
        Dataset now = datasets.get(dataset.id());
        int at = now.schema().indexOf(name);
        return queries.rows(dataset.id(), RowQuery.all(), 0, 100).rows().stream().map(r -> r.values().get(at)).toList();
    }

    private static TableSchema replaced(TableSchema schema, String name, SchemaField with) {
        List<SchemaField> fields = schema.fields().stream().map(f -> f.name().equals(name) ? with : f).toList();
        List<String> key = schema.primaryKey().stream().map(k -> k.equals(name) ? with.name() : k).toList();
        return new TableSchema(fields, key, schema.missingValues());
    }

    private static SchemaField field(String name) {
        return WITH_NOTE.field(name).orElseThrow();
    }

    @Test
    void aRenamedColumnKeepsItsValuesAndTheChangeIsAKeptVersion() {
        SchemaField renamed = new SchemaField("penduduk", "Penduduk", FieldType.INTEGER, "jiwa", true,
                FieldRole.MEASURE);
        Dataset changed = datasets.changeSchema(dataset.id(),
                SchemaChange.to(replaced(WITH_NOTE, "jumlah_penduduk", renamed))
                    .renaming("jumlah_penduduk", "penduduk"));

        assertThat(column("penduduk")).containsExactly(300000L, 170000L, 730000L, 860000L);
        assertThat(changed.rowCount()).isEqualTo(4);
        SchemaVersion latest = datasets.schemaVersions(dataset.id()).getFirst();
        assertThat(latest.version()).isEqualTo(changed.schemaVersion());
        assertThat(latest.changedBy()).isEqualTo(teknis.getUsername());
        assertThat(latest.steps()).contains(new SchemaStep(SchemaStep.Kind.RENAME, "penduduk", "jumlah_penduduk"));
        // aggregations read the renamed column (rollups rebuilt)
        assertThat(
                queries.rows(dataset.id(), RowQuery.all().sortedBy("penduduk", true), 0, 1).rows().getFirst().values())
            .contains(860000L);
    }

    @Test
    void twoColumnsCanSwapNames() {
        SchemaField nama = field("nama_kabupaten_kota");
        SchemaField note = field("keterangan");
        TableSchema swapped = replaced(replaced(WITH_NOTE, "nama_kabupaten_kota", note.withName("nama_kabupaten_kota")),
                "keterangan", nama.withName("keterangan"));
        datasets.changeSchema(dataset.id(),
                SchemaChange.to(swapped)
                    .renaming("nama_kabupaten_kota", "keterangan")
                    .renaming("keterangan", "nama_kabupaten_kota"));

        assertThat(column("keterangan")).containsExactly("Paser", "Kutai Barat", "Balikpapan", "Samarinda");
        assertThat(column("nama_kabupaten_kota")).containsExactly("12", "tt", null, "x");
    }

    @Test
    void aRetypeThatCannotConvertSomeValuesAsksToEmptyThemNamingCountAndRows() {
        TableSchema toInteger = replaced(WITH_NOTE, "keterangan", field("keterangan").withType(FieldType.INTEGER));

        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(), SchemaChange.to(toInteger)))
            .isInstanceOfSatisfying(SchemaChangeNeedsConfirmation.class,
                    e -> assertThat(e.losses()).containsExactly(new DataLoss("keterangan", DataLoss.Kind.UNCONVERTIBLE,
                            2, List.of(new DataLoss.Sample(2, "tt"), new DataLoss.Sample(4, "x")))));
        assertThat(column("keterangan")).containsExactly("12", "tt", null, "x");

        var losses = ((SchemaChangeNeedsConfirmation) catchThrowable(toInteger)).losses();
        datasets.changeSchema(dataset.id(), SchemaChange.to(toInteger).accepting(losses));
        assertThat(column("keterangan")).containsExactly(12L, null, null, null);
    }

    private Throwable catchThrowable(TableSchema schema) {
        try {
            datasets.changeSchema(dataset.id(), SchemaChange.to(schema));
            throw new AssertionError("no confirmation asked");
        }
        catch (SchemaChangeNeedsConfirmation e) {
            return e;
        }
    }

    @Test
    void aRetypeOfARequiredColumnThatCannotConvertIsRefusedWithColumnCountAndFirstRows() {
        TableSchema toInteger = replaced(WITH_NOTE, "nama_kabupaten_kota",
                field("nama_kabupaten_kota").withType(FieldType.INTEGER).withRequired(true));
        var staleConfirmation = List.of(new DataLoss("nama_kabupaten_kota", DataLoss.Kind.UNCONVERTIBLE, 1, List.of()));

        assertThatThrownBy(
                () -> datasets.changeSchema(dataset.id(), SchemaChange.to(toInteger).accepting(staleConfirmation)))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("datastore.error.schema.typeChange");
                assertThat(e.arguments()).containsExactly("nama_kabupaten_kota", FieldType.INTEGER, 4L,
                        "1 (\"Paser\"), 2 (\"Kutai Barat\"), 3 (\"Balikpapan\"), 4 (\"Samarinda\")");
            });
        assertThat(column("nama_kabupaten_kota")).containsExactly("Paser", "Kutai Barat", "Balikpapan", "Samarinda");
    }

    @Test
    void aRetypeThatConvertsEveryValueKeepsThemConverted() {
        datasets.changeSchema(dataset.id(), SchemaChange
            .to(replaced(WITH_NOTE, "jumlah_penduduk", field("jumlah_penduduk").withType(FieldType.NUMBER))));
        assertThat(column("jumlah_penduduk")).containsExactly(300000.0, 170000.0, 730000.0, 860000.0);

        datasets.changeSchema(dataset.id(), SchemaChange.to(WITH_NOTE));
        assertThat(column("jumlah_penduduk")).containsExactly(300000L, 170000L, 730000L, 860000L);
        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(),
                SchemaChange.to(replaced(WITH_NOTE, "luas_km2", field("luas_km2").withType(FieldType.INTEGER)))))
            .isInstanceOfSatisfying(SchemaChangeNeedsConfirmation.class,
                    e -> assertThat(e.losses().getFirst().count()).isEqualTo(3));
    }

    @Test
    void aDropAsksForConfirmationNamingTheRowsThatLoseAValue() {
        TableSchema without = new TableSchema(
                WITH_NOTE.fields().stream().filter(f -> !f.name().equals("keterangan")).toList(),
                WITH_NOTE.primaryKey());

        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(), SchemaChange.to(without)))
            .isInstanceOfSatisfying(SchemaChangeNeedsConfirmation.class, e -> {
                assertThat(e.losses()).singleElement().satisfies(loss -> {
                    assertThat(loss.kind()).isEqualTo(DataLoss.Kind.DROP);
                    assertThat(loss.count()).isEqualTo(3);
                    assertThat(loss.samples()).extracting(DataLoss.Sample::row).containsExactly(1L, 2L, 4L);
                });
                assertThat(e.arguments()).containsExactly(3L);
            });
        assertThat(column("keterangan")).hasSize(4);

        DataLoss seen = new DataLoss("keterangan", DataLoss.Kind.DROP, 3,
                List.of(new DataLoss.Sample(1, "12"), new DataLoss.Sample(2, "tt"), new DataLoss.Sample(4, "x")));
        Dataset changed = datasets.changeSchema(dataset.id(), SchemaChange.to(without).accepting(List.of(seen)));
        assertThat(changed.schema().field("keterangan")).isEmpty();
        assertThat(column("jumlah_penduduk")).containsExactly(300000L, 170000L, 730000L, 860000L);
    }

    @Test
    void addingAndReorderingKeepEveryValue() {
        List<SchemaField> reordered = new ArrayList<>(WITH_NOTE.fields().reversed());
        reordered.add(new SchemaField("sumber", "Sumber", FieldType.STRING, null, false, FieldRole.DIMENSION));
        Dataset changed = datasets.changeSchema(dataset.id(),
                SchemaChange.to(new TableSchema(reordered, WITH_NOTE.primaryKey())));

        assertThat(changed.schema().fields().getFirst().name()).isEqualTo("keterangan");
        assertThat(column("jumlah_penduduk")).containsExactly(300000L, 170000L, 730000L, 860000L);
        assertThat(column("sumber")).containsOnlyNulls();
        assertThat(datasets.schemaVersions(dataset.id()).getFirst().steps()).extracting(SchemaStep::kind)
            .containsExactly(SchemaStep.Kind.ADD, SchemaStep.Kind.REORDER);
    }

    @Test
    void makingAColumnWithEmptyValuesRequiredIsRefusedNamingTheRows() {
        TableSchema required = replaced(WITH_NOTE, "keterangan", field("keterangan").withRequired(true));

        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(), SchemaChange.to(required)))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("datastore.error.schema.requiredHasEmpty");
                assertThat(e.arguments()).containsExactly("keterangan", 1L, "3");
            });
        datasets.changeSchema(dataset.id(),
                SchemaChange.to(replaced(WITH_NOTE, "jumlah_penduduk", field("jumlah_penduduk").withRequired(false))));
        assertThat(datasets.get(dataset.id()).schema().field("jumlah_penduduk").orElseThrow().required()).isFalse();
    }

    @Test
    void aKeyWhoseValuesRepeatIsRefusedAndAUniqueOneIsSet() {
        TableSchema byYear = new TableSchema(WITH_NOTE.fields(), List.of("tahun"));
        assertThatThrownBy(() -> datasets.changeSchema(dataset.id(), SchemaChange.to(byYear)))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("datastore.error.schema.keyNotUnique");
                assertThat(e.arguments()).containsExactly("tahun", 1L, "1 (\"2023\")");
            });

        Dataset changed = datasets.changeSchema(dataset.id(),
                SchemaChange.to(new TableSchema(WITH_NOTE.fields(), List.of("kode_kabupaten_kota"))));
        assertThat(changed.schema().primaryKey()).containsExactly("kode_kabupaten_kota");
        assertThat(datasets.schemaVersions(dataset.id()).getFirst().steps()).extracting(SchemaStep::kind)
            .containsExactly(SchemaStep.Kind.KEY);
    }

    @Test
    void aRenameFromAColumnThatDoesNotExistIsRefused() {
        assertThatThrownBy(
                () -> datasets.changeSchema(dataset.id(), SchemaChange.to(WITH_NOTE).renaming("hilang", "tahun")))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("datastore.error.schema.badRename"));
    }

    private static List<SchemaField> append(List<SchemaField> fields, SchemaField more) {
        List<SchemaField> all = new ArrayList<>(fields);
        all.add(more);
        return all;
    }

}
