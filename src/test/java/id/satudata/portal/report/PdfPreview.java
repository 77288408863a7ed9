package id.satudata.portal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Saves a generated file under target/report-preview and turns a PDF into PNG pages with
 * poppler's {@code pdftoppm -r 80}, to look at how the pages come out.
 */
public final class PdfPreview {

    public static final Path DIR = Path.of("target", "report-preview");

    private PdfPreview() {
    }

    public static Path save(String name, byte[] content) throws IOException {
        Files.createDirectories(DIR);
        return Files.write(DIR.resolve(name), content);
    }

    /**
     * The PNG pages of a saved PDF (at least one). Fails when pdftoppm is missing: a test
     * that looks at pages must not pass over none (.ci/run installs poppler-utils).
     */
    public static List<Path> pages(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            throw new IllegalStateException("pdftoppm is missing (apt-get install poppler-utils): the pages of " + pdf
                    + " cannot be looked at");
        }
        String prefix = pdf.getFileName().toString().replace(".pdf", "");
        Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "80", "-png", pdf.toString(),
                DIR.resolve(prefix).toString())
            .redirectErrorStream(true)
            .start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pdftoppm failed on " + pdf);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(DIR)) {
            pages = files.filter(p -> p.getFileName().toString().startsWith(prefix + "-"))
                .filter(p -> p.toString().endsWith(".png"))
                .sorted()
                .toList();
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("pdftoppm wrote no page of " + pdf);
        }
        return pages;
    }

}
