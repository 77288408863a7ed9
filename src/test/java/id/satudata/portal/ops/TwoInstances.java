package id.satudata.portal.ops;

import id.satudata.portal.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    void stopDatabase() throws IOException {
        server.close();
    }

    void startDatabase() throws IOException {
        server = start(dataDir, port, false);
    }

    ConfigurableApplicationContext instance(String name, Consumer<GenericApplicationContext> beans) {
        // as arguments: they must win over application.yml (builder properties are only
        // defaults)
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
            .profiles("test")
            .initializers(context -> beans.accept((GenericApplicationContext) context))
            .run("--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                    "--spring.datasource.username=postgres", "--satudata.data-dir=target/ops-" + name,
                    "--satudata.ops.change-feed-poll=1s", "--spring.datasource.hikari.connection-timeout=2000");
    }

    void close() throws IOException {
        server.close();
    }

}
