package id.satudata.portal.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core accessibility checks in the browser journeys. The script comes from the npm
 * package {@code axe-core}, fetched once with {@code npm pack} into target/axe (the
 * node_modules copy is used when present).
 */
final class Axe {

    private static Path script;

    private Axe() {
    }

    static synchronized Path script() {
        if (script != null) {
            return script;
        }
        Path local = Path.of("node_modules/axe-core/axe.min.js");
        if (Files.exists(local)) {
            return script = local;
        }
        Path dir = Path.of("target", "axe");
        Path unpacked = dir.resolve("package/axe.min.js");
        try {
            if (!Files.exists(unpacked)) {
                Files.createDirectories(dir);
                run(dir, "npm", "pack", "axe-core@4", "--silent");
                try (var files = Files.list(dir)) {
                    Path tarball = files.filter(f -> f.getFileName().toString().endsWith(".tgz"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("npm pack axe-core gave no tarball"));
                    run(dir, "tar", "-xzf", tarball.getFileName().toString(), "package/axe.min.js");
                }
            }
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return script = unpacked;
    }

    /**
     * Runs a command with its output in a log file: the test JVM's own stdin and stdout
     * are the build tool's channel to it, and a child writing there (npm prints the
     * tarball's name) corrupts that channel and fails the build.
     */
    private static void run(Path dir, String... command) throws IOException {
        Path log = dir.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + Files.readString(log));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The serious and critical violations of WCAG 2 A/AA rules on the page, as "rule:
     * targets".
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations']
                  });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
                }""");
        return (List<String>) found;
    }

}
