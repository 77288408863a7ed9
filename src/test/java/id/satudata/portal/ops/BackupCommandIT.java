package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import id.satudata.portal.test.NoSharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The command line of the production jar, exactly as README shows it: {@code backup} of a
 * portal's data folder with demo data, {@code restore} into an empty folder as separate
 * processes; the restored database has the same rows per table and the same files. Also
 * what the commands refuse: a running embedded portal, a non-empty target, a call without
 * {@code --to}.
 */
class BackupCommandIT {

    static final Path WORK = Path.of("target/it-backup-cli").toAbsolutePath();

    static final Path SOURCE = WORK.resolve("source");

    static final Path TARGET = WORK.resolve("restored");

    static final Path ARCHIVE = WORK.resolve("satudata-backup.zip");

    @BeforeAll
    static void clean() throws IOException {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
    }

    @Test
    void theJarBacksUpADemoPortalAndRestoresItIntoAnEmptyFolder() throws Exception {
        Map<String, Long> sourceRows;
        try (ConfigurableApplicationContext running = demoPortal()) {
            // the embedded server belongs to the running portal: the command refuses
            Result busy = jar("busy", "backup", "--to=" + ARCHIVE, "--satudata.data-dir=" + SOURCE);
            assertThat(busy.exit()).isEqualTo(2);
            assertThat(busy.output()).contains("belongs to a running portal").doesNotContain("\tat ");
            assertThat(ARCHIVE).doesNotExist();
            assertThat(ARCHIVE.resolveSibling(ARCHIVE.getFileName() + ".partial")).doesNotExist();
            try (Connection c = running.getBean(DataSource.class).getConnection()) {
                sourceRows = new TreeMap<>(DatabaseBackup.rowCounts(c));
            }
        }
        List<String> sourceFiles = filesOf(SOURCE);
        assertThat(sourceRows.get("public.opd")).isGreaterThan(10);
        assertThat(sourceFiles).anyMatch(f -> f.startsWith("payloads/"));

        Result backup = jar("backup", "backup", "--to=" + ARCHIVE, "--satudata.data-dir=" + SOURCE);
        assertThat(backup.exit()).as(backup.output()).isZero();
        BackupManifest manifest = Restore.readVerified(ARCHIVE);
        assertThat(manifest.tableRows()).isEqualTo(sourceRows);
        assertThat(manifest.databaseFormat()).isEqualTo(BackupManifest.PGDATA);

        Result restore = jar("restore", "restore", "--from=" + ARCHIVE, "--satudata.data-dir=" + TARGET);
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(rowsOf(TARGET)).isEqualTo(sourceRows);
        assertThat(filesOf(TARGET)).containsAll(sourceFiles);
        for (String file : sourceFiles) {
            assertThat(Files.mismatch(SOURCE.resolve(file), TARGET.resolve(file))).as(file).isEqualTo(-1);
        }

        // a second restore into the now filled folder is refused before anything changes
        Result again = jar("restore-again", "restore", "--from=" + ARCHIVE, "--satudata.data-dir=" + TARGET);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.output()).contains("satudata restore: Restore needs an empty data folder")
            .doesNotContain("\tat ");
        Result usage = jar("usage", "backup");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).contains("Usage: java -jar satudata-portal.jar backup --to=FILE.zip");
    }

    /**
     * A portal with demo data in SOURCE, without web server (as the jar would write it).
     */
    private static ConfigurableApplicationContext demoPortal() {
        List<String> args = new ArrayList<>(
                OpsCommand.NO_WEB.stream().filter(p -> !p.startsWith("satudata.demo")).map(p -> "--" + p).toList());
        args.addAll(List.of("--satudata.data-dir=" + SOURCE, "--satudata.demo.enabled=true",
                "--satudata.exchange.pull-scheduler=false", "--satudata.shared-dir=" + NoSharedFolder.path(),
                "--logging.level.root=warn"));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
            .run(args.toArray(String[]::new));
    }

    record Result(int exit, String output) {
    }

    private static Result jar(String name, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("satudata.jar", "target/satudata-portal.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                        jar.toString()));
        command.addAll(List.of(args));
        command.add("--satudata.shared-dir=" + NoSharedFolder.path());
        Path log = WORK.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not end within 120 s; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /**
     * Rows per table of the embedded database in a data folder (its server started here).
     */
    private static Map<String, Long> rowsOf(Path dataDir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("pg"))
            .setCleanDataDirectory(false)
            .start(); Connection c = server.getDatabase("postgres", "satudata").getConnection()) {
            return new TreeMap<>(DatabaseBackup.rowCounts(c));
        }
    }

    /** The files a backup carries (documents, payloads, ...), relative to the folder. */
    private static List<String> filesOf(Path dataDir) throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("documents", "payloads")) {
            Path root = dataDir.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).map(p -> dataDir.relativize(p).toString()).forEach(files::add);
                }
            }
        }
        return files.stream().sorted().toList();
    }

}
