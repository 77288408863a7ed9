package id.satudata.portal.ops;

import id.satudata.portal.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Test helper: one PostgreSQL server under the test's control (stop, start again on the
 * same port and data) and portal instances started against it.
 */
final class TwoInstances {

    static final String ADMIN_PASSWORD = "cluster-admin-password";

    private final Path dataDir;

    private final int port;

    private EmbeddedPostgres server;

    TwoInstances(Path dataDir) throws IOException {
        this.dataDir = dataDir.toAbsolutePath();
        org.springframework.util.FileSystemUtils.deleteRecursively(this.dataDir);
        this.server = start(this.dataDir, 0, false);
        this.port = server.getPort();
    }

    private static EmbeddedPostgres start(Path dir, int port, boolean clean) throws IOException {
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(clean)
            .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Stops the server and returns once its port refuses connections. */
    void stopDatabase() throws IOException {
        server.close();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("localhost", port), 200);
            }
            catch (IOException refused) {
                return;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("PostgreSQL still accepts connections on port " + port);
    }

    void startDatabase() throws IOException {
        server = start(dataDir, port, false);
    }

    /** An instance without web server (no Vaadin), for scheduled work and the feed. */
    ConfigurableApplicationContext instance(String name, Consumer<GenericApplicationContext> beans) {
        List<String> args = new ArrayList<>(common(name));
        args.add("--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        return start(WebApplicationType.NONE, beans, args);
    }

    /**
     * A whole portal with its web server on a free port ({@code local.server.port}),
     * Vaadin included, and a first administrator "admin".
     */
    ConfigurableApplicationContext webInstance(String name, Consumer<GenericApplicationContext> beans) {
        List<String> args = new ArrayList<>(common(name));
        args.addAll(List.of("--server.port=0", "--satudata.bootstrap.admin-password=" + ADMIN_PASSWORD));
        return start(WebApplicationType.SERVLET, beans, args);
    }

    private List<String> common(String name) {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--satudata.data-dir=target/ops-" + name,
                "--satudata.ops.change-feed-poll=1s", "--spring.datasource.hikari.connection-timeout=2000");
    }

    private static ConfigurableApplicationContext start(WebApplicationType type,
            Consumer<GenericApplicationContext> beans, List<String> args) {
        // as arguments: they must win over application.yml (builder properties are only
        // defaults)
        return new SpringApplicationBuilder(Application.class).web(type)
            .profiles("test")
            .initializers(context -> beans.accept((GenericApplicationContext) context))
            .run(args.toArray(String[]::new));
    }

    void close() throws IOException {
        server.close();
    }

}
