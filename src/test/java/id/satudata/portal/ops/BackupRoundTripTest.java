package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.Application;
import id.satudata.portal.base.changefeed.ChangeFeed;
import id.satudata.portal.test.NoSharedFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Backup of a portal with demo data, change events and stored files, restored into an
 * empty data folder the way {@code restore --from} does it: same rows, same files.
 */
class BackupRoundTripTest {

    static final List<String> NO_WEB = OpsCommand.NO_WEB.stream()
        .filter(p -> !p.startsWith("satudata.demo"))
        .map(p -> "--" + p)
        .toList();

    @Test
    void aRestoredPortalHasTheSameRowsFilesAndSampleRows() throws Exception {
        Path source = fresh("target/ops-backup-source");
        Path target = fresh("target/ops-backup-target");
        Path archive = source.resolveSibling("ops-backup.zip");
        Files.deleteIfExists(archive);
        Files.createDirectories(source.resolve("documents/opd-7"));
        Files.writeString(source.resolve("documents/opd-7/laporan.pdf"), "%PDF-1.7 laporan");
        Files.createDirectories(source.resolve("payloads"));
        Files.write(source.resolve("payloads/load-1.csv"), "kode,jumlah\nA,1\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(source.resolve("search"));
        Files.writeString(source.resolve("search/segments_1"), "derived, not backed up");

        BackupManifest manifest;
        Map<String, Long> rowsBefore;
        List<String> usersBefore;
        try (ConfigurableApplicationContext portal = start(source, "true")) {
            portal.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(s -> portal.getBean(ChangeFeed.class).append("dataset.released", "ds-1"));
            manifest = portal.getBean(BackupService.class).writeTo(archive);
            try (var c = portal.getBean(javax.sql.DataSource.class).getConnection()) {
                rowsBefore = DatabaseBackup.rowCounts(c);
            }
            usersBefore = sampleRows(portal.getBean(DSLContext.class));
        }
        assertThat(manifest.tableRows()).isEqualTo(rowsBefore).containsKey("public.opd");
        assertThat(manifest.tableRows().get("public.opd")).isGreaterThan(10);
        assertThat(manifest.sha256()).containsKeys("files/documents/opd-7/laporan.pdf", "files/payloads/load-1.csv")
            .noneSatisfy((name, sha) -> assertThat(name).startsWith("files/search"));

        BackupManifest verified = Restore.readVerified(archive);
        Restore.unpack(archive, verified, target);
        try (ConfigurableApplicationContext restored = start(target, "false")) {
            try (var c = restored.getBean(javax.sql.DataSource.class).getConnection()) {
                assertThat(DatabaseBackup.rowCounts(c)).isEqualTo(rowsBefore);
            }
            assertThat(sampleRows(restored.getBean(DSLContext.class))).isEqualTo(usersBefore);
        }
        assertThat(Files.readString(target.resolve("documents/opd-7/laporan.pdf"))).isEqualTo("%PDF-1.7 laporan");
        assertThat(Files.readAllBytes(target.resolve("payloads/load-1.csv")))
            .isEqualTo(Files.readAllBytes(source.resolve("payloads/load-1.csv")));
        assertThat(target.resolve("search")).doesNotExist();
        // a second restore into the now filled folder is refused and changes nothing
        assertThatThrownBy(() -> Restore.unpack(archive, verified, target)).hasMessageContaining("not empty");
        assertThat(Files.readString(target.resolve("documents/opd-7/laporan.pdf"))).isEqualTo("%PDF-1.7 laporan");
    }

    private static List<String> sampleRows(DSLContext db) {
        return db
            .resultQuery("select username || '|' || full_name || '|' || coalesce(opd_id::text, '') || '|'"
                    + " || password_hash from app_user order by id limit 20")
            .fetch(0, String.class);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String demo) {
        List<String> args = new java.util.ArrayList<>(NO_WEB);
        args.addAll(List.of("--satudata.data-dir=" + dataDir, "--satudata.embedded.database=roundtrip",
                "--satudata.embedded.clean=false", "--satudata.demo.enabled=" + demo,
                "--satudata.shared-dir=" + NoSharedFolder.path()));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
            .profiles("test")
            .run(args.toArray(String[]::new));
    }

    private static Path fresh(String dir) throws java.io.IOException {
        Path path = Path.of(dir).toAbsolutePath();
        FileSystemUtils.deleteRecursively(path);
        return path;
    }

}
