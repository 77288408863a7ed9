package id.satudata.portal.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and runs PostgreSQL's client programs (pg_dump, pg_restore) of a major version at
 * least the server's: the configured folder first, then Debian's
 * {@code /usr/lib/postgresql/<major>/bin}, then {@code PATH}. (The embedded server's own
 * distribution holds only initdb, pg_ctl and postgres.)
 */
final class PgClient {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final Path bin;

    private PgClient(Path bin) {
        this.bin = bin;
    }

    static Optional<PgClient> find(String configuredDir, int serverMajor) {
        List<Path> dirs = new ArrayList<>();
        if (!configuredDir.isBlank()) {
            dirs.add(Path.of(configuredDir));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(dirs::add);
            }
            catch (IOException ignored) {
                // no Debian layout
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isBlank()) {
                dirs.add(Path.of(entry));
            }
        }
        return dirs.stream()
            .filter(d -> Files.isExecutable(d.resolve("pg_dump")) && Files.isExecutable(d.resolve("pg_restore")))
            .filter(d -> major(d.resolve("pg_dump")) >= serverMajor)
            .findFirst()
            .map(PgClient::new);
    }

    private static int major(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            Matcher m = VERSION.matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Runs a client program with the connection in the environment; fails on non-zero
     * exit.
     */
    void run(String program, List<String> args, DbConnection db) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(args);
        command.add("--dbname=" + db.libpqUrl());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGUSER", db.user(), "PGPASSWORD", db.password()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException(program + " failed: " + output.strip());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " interrupted", e);
        }
    }

    /** Where the database is, for libpq. */
    record DbConnection(String jdbcUrl, String user, String password) {

        String libpqUrl() {
            String rest = jdbcUrl.substring("jdbc:".length());
            int query = rest.indexOf('?');
            return query < 0 ? rest : rest.substring(0, query);
        }

    }

}
