package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.NoSharedFolder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production jar as the README's run command starts it (no test configuration): its
 * embedded PostgreSQL keeps what it acknowledged (fsync, synchronous_commit and
 * full_page_writes on), and after a {@code kill -9} of the portal the next start stops
 * the orphaned server cleanly and starts its own on the same data.
 */
class EmbeddedServerCrashIT {

    private static final Path WORK = Path.of("target", "crash-it").toAbsolutePath();

    @Test
    void theEmbeddedServerIsDurableAndAKilledPortalsOrphanIsStoppedByTheNextStart() throws Exception {
        Path dataDir = Files.createDirectories(WORK).resolve("data-" + System.nanoTime());
        int dbPort = freePort();
        Process first = start(dataDir, dbPort, "first");
        long orphanPid;
        try {
            assertThat(durabilitySettings(dbPort)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
            try (Connection c = connect(dbPort); Statement s = c.createStatement()) {
                s.execute("create table before_the_crash (v text)");
                s.execute("insert into before_the_crash values ('acknowledged')");
            }
            orphanPid = postmasterPid(dataDir);
        }
        finally {
            // kill -9: no shutdown hook runs, the embedded server is left behind
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("the orphan after kill -9")
            .hasValue(true);

        Process second = start(dataDir, dbPort, "second");
        try {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphan after the next start")
                .isFalse();
            assertThat(postmasterPid(dataDir)).isNotEqualTo(orphanPid);
            assertThat(durabilitySettings(dbPort)).containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on");
            try (Connection c = connect(dbPort);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select v from before_the_crash")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("acknowledged");
            }
        }
        finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
        assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).as("stopped with the portal").isFalse();
    }

    private static Process start(Path dataDir, int dbPort, String name) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("satudata.jar", "target/satudata-portal.jar")).toAbsolutePath();
        int port = freePort();
        Path log = WORK.resolve(name + "-" + port + ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--satudata.data-dir=" + dataDir,
                "--satudata.embedded.port=" + dbPort, "--satudata.demo.enabled=false",
                "--satudata.shared-dir=" + NoSharedFolder.path()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> ready = http
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The portal did not start; see " + log);
    }

    private static Map<String, String> durabilitySettings(int dbPort) throws SQLException {
        try (Connection c = connect(dbPort);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name, setting from pg_settings"
                        + " where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            Map<String, String> settings = new java.util.HashMap<>();
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
            return settings;
        }
    }

    private static Connection connect(int dbPort) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/satudata", "postgres", "");
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).getFirst().strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
