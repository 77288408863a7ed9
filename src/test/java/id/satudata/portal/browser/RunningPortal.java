package id.satudata.portal.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar running as its own process on a free port, with demo data on a fresh
 * embedded PostgreSQL; started once per browser-test run and stopped at its end.
 */
public final class RunningPortal implements AutoCloseable {

    private static RunningPortal shared;

    private final Process process;

    private final String baseUrl;

    private final Path log;

    private RunningPortal(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * The portal of this test run, started on first use and stopped when the test JVM
     * exits.
     */
    static synchronized RunningPortal shared() {
        if (shared == null) {
            try {
                shared = start();
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not start the portal", e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the portal", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private static RunningPortal start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("satudata.jar", "target/satudata-portal.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the production jar first (./mvnw -Pproduction verify): " + jar);
        }
        int port = freePort();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-data-");
        Path log = Path.of("target", "it-portal-" + port + ".log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
                        jar.toString(), "--server.port=" + port, "--satudata.data-dir=" + dataDir.toAbsolutePath(),
                        "--satudata.shared-dir="
                                + Path.of(System.getProperty("satudata.shared", "../shared")).toAbsolutePath(),
                        "--satudata.demo.enabled=true"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningPortal portal = new RunningPortal(process, "http://localhost:" + port, log);
        portal.awaitReady(Duration.ofSeconds(Long.getLong("satudata.it.start-seconds", 300)));
        return portal;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + log);
            }
            try {
                // readiness turns UP only after the application runners, the demo data
                // included
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                // the demo data is written after the server listens; sign-ins fail until
                // it is
                if (response.statusCode() == 200 && Files.readString(log).contains("Demo data generated")) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The portal did not start within " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

}
