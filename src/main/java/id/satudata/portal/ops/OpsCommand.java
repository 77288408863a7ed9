package id.satudata.portal.ops;

import id.satudata.portal.base.db.EmbeddedFolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command-line mode of the jar: {@code java -jar portal.jar backup --to=FILE} and
 * {@code restore --from=FILE}. Both run without a web server and exit when done.
 */
@Configuration(proxyBeanMethods = false)
public class OpsCommand {

    /**
     * Properties of a run without a web server: Vaadin's auto-configuration needs one,
     * the demo and the change feed are not wanted.
     */
    static final List<String> NO_WEB = List.of("spring.main.web-application-type=none",
            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "satudata.demo.enabled=false", "satudata.ops.change-feed-enabled=false");

    /** What this run of the jar was asked to do. */
    record Settings(@Nullable String command, @Nullable Path backupTo, @Nullable Path restoreFrom) {
    }

    @Bean
    Settings opsCommandSettings(ApplicationArguments args) {
        String command = commandOf(args.getSourceArgs()).orElse(null);
        return new Settings(command, path(args, "to"), "restore".equals(command) ? path(args, "from") : null);
    }

    public static boolean isCommand(String[] args) {
        return commandOf(args).isPresent();
    }

    /**
     * The arguments Spring starts with: for a command, no web server, no demo data, no
     * change feed; for {@code restore}, the archive's files (and embedded database
     * folder) are unpacked into the data dir first, before any database server starts. A
     * wrong call, a damaged archive or a non-empty target ends the process with status 2
     * and one line on standard error.
     */
    public static String[] prepare(String[] args) {
        Optional<String> command = commandOf(args);
        if (command.isEmpty()) {
            return args;
        }
        try {
            return prepareCommand(command.get(), args);
        }
        catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // a wrong call or an archive/folder that does not fit: one line, no stack
            // trace
            System.err.println("satudata " + command.get() + ": " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    private static String[] prepareCommand(String command, String[] args) {
        List<String> prepared = new ArrayList<>(Arrays.asList(args));
        NO_WEB.forEach(p -> prepared.add("--" + p));
        if (command.equals("restore")) {
            Path archive = Path.of(option(args, "from").orElseThrow(() -> usage()));
            BackupManifest manifest = Restore.readVerified(archive);
            Restore.unpack(archive, manifest, dataDir(args));
        }
        else if (option(args, "to").isEmpty()) {
            throw usage();
        }
        else if (usesEmbeddedDatabase(args) && inUse(dataDir(args).resolve("pg"))) {
            throw new IllegalStateException("the embedded database in " + dataDir(args).resolve("pg")
                    + " belongs to a running portal: stop the portal first, or use \"Backup now\" in the back office"
                    + " (app/operasi)");
        }
        return prepared.toArray(String[]::new);
    }

    private static Path dataDir(String[] args) {
        return Path
            .of(option(args, "satudata.data-dir")
                .orElse(Optional.ofNullable(System.getenv("SATUDATA_DATA_DIR")).orElse("./data")))
            .toAbsolutePath()
            .normalize();
    }

    private static boolean usesEmbeddedDatabase(String[] args) {
        String url = option(args, "spring.datasource.url").orElse(System.getenv("SATUDATA_DB_URL"));
        return url == null || url.isBlank();
    }

    /**
     * Whether another process holds the lock the embedded server takes on its folder
     * (zonky's {@code epg-lock}).
     */
    static boolean inUse(Path pgdata) {
        return EmbeddedFolderLock.heldByAnother(pgdata, false);
    }

    private static IllegalArgumentException usage() {
        return new IllegalArgumentException("Usage: java -jar satudata-portal.jar backup --to=FILE.zip"
                + " | restore --from=FILE.zip [--satudata.data-dir=DIR]");
    }

    private static Optional<String> commandOf(String[] args) {
        return Arrays.stream(args)
            .filter(a -> !a.startsWith("-"))
            .findFirst()
            .filter(a -> a.equals("backup") || a.equals("restore"));
    }

    private static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args)
            .filter(a -> a.startsWith("--" + name + "="))
            .map(a -> a.substring(name.length() + 3))
            .reduce((first, last) -> last);
    }

    private static @Nullable Path path(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : Path.of(values.getLast()).toAbsolutePath();
    }

}
