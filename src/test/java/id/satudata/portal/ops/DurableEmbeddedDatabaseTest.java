package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.Application;
import id.satudata.portal.test.NoSharedFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal in its production configuration (application.yml only, no test profile) runs
 * its embedded PostgreSQL durably (only application-test.yml turns that off, for speed).
 */
class DurableEmbeddedDatabaseTest {

    @Test
    void theProductionConfigurationKeepsFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "durable-test")).resolve("data-" + System.nanoTime());
        List<String> args = new ArrayList<>(OpsCommand.NO_WEB.stream().map(p -> "--" + p).toList());
        args.addAll(List.of("--satudata.data-dir=" + dataDir.toAbsolutePath(),
                "--satudata.shared-dir=" + NoSharedFolder.path(), "--logging.level.root=warn"));
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .run(args.toArray(String[]::new))) {
            DSLContext db = portal.getBean(DSLContext.class);
            assertThat(db.fetchValue("show fsync")).isEqualTo("on");
            assertThat(db.fetchValue("show synchronous_commit")).isEqualTo("on");
            assertThat(db.fetchValue("show full_page_writes")).isEqualTo("on");
        }
    }

}
