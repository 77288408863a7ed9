package id.satudata.portal.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measuring for the benchmarks (tag "bench", run with {@code ./mvnw -Pbench test}):
 * warm-up runs, then timed runs, reported as median and 95th percentile. Every timing and
 * every {@link #figure} is appended as a row to one table, target/bench/figures.md
 * (benchmark, case, value, unit, reference, ratio); each benchmark also appends its own
 * notes to target/bench/NAME.txt.
 */
public final class Bench {

    /** Timings of one measured operation, in milliseconds. */
    public record Stats(String name, int runs, double medianMs, double p95Ms, double minMs, double maxMs) {

        @Override
        public String toString() {
            return "%s: median %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms (%d runs)".formatted(name, medianMs,
                    p95Ms, minMs, maxMs, runs);
        }
    }

    /** Something to time; may throw. */
    @FunctionalInterface
    public interface Operation {

        void run() throws Exception;

    }

    private Bench() {
    }

    public static Stats measure(String name, int warmups, int runs, Operation operation) {
        for (int i = 0; i < warmups; i++) {
            run(name, operation);
        }
        Series series = new Series(name);
        for (int i = 0; i < runs; i++) {
            series.time(operation);
        }
        return series.stats();
    }

    /**
     * Timings taken one at a time, so that several operations can be timed in turns (none
     * of them getting the quieter moments of the run).
     */
    public static final class Series {

        private final String name;

        private double[] millis = new double[64];

        private int runs;

        private final String benchmark = callingBenchmark();

        private boolean tabled;

        private @Nullable String reference;

        public Series(String name) {
            this.name = name;
        }

        /** What the timings are compared with in the figures table (a target). */
        public Series against(String reference) {
            this.reference = reference;
            return this;
        }

        public void time(Operation operation) {
            long start = System.nanoTime();
            run(name, operation);
            if (runs == millis.length) {
                millis = Arrays.copyOf(millis, runs * 2);
            }
            millis[runs++] = (System.nanoTime() - start) / 1_000_000.0;
        }

        /** The timings so far; the first call also puts them in the figures table. */
        public Stats stats() {
            double[] sorted = Arrays.copyOf(millis, runs);
            Arrays.sort(sorted);
            Stats stats = new Stats(name, runs, percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[0],
                    sorted[runs - 1]);
            if (!tabled) {
                tabled = true;
                figure(benchmark, name, stats.medianMs(),
                        "ms (median of %d runs; p95 %.2f)".formatted(runs, stats.p95Ms()), reference, null);
            }
            return stats;
        }

    }

    /** The table every benchmark appends its figures to. */
    public static Path figuresTable() {
        return Path.of("target", "bench", "figures.md");
    }

    /** Whether this JVM (one {@code -Pbench test} run) has started its table. */
    private static boolean tableStarted;

    /**
     * Appends one row to {@link #figuresTable()}: what was measured, its value and unit,
     * what it is compared with, if anything, and the machine's load when it was taken.
     * The first figure of a run starts a new table (the previous one is kept as
     * figures.previous.md), so the table holds one run.
     */
    public static synchronized void figure(String benchmark, String measured, double value, String unit,
            @Nullable String reference, @Nullable Double ratio) {
        Path table = figuresTable();
        try {
            Files.createDirectories(table.getParent());
            StringBuilder row = new StringBuilder();
            if (!tableStarted) {
                tableStarted = true;
                if (Files.exists(table)) {
                    Files.move(table, table.resolveSibling("figures.previous.md"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                row.append("| benchmark | case | value | unit | reference | ratio | load (1, 5, 15 min) | at |\n")
                    .append("|---|---|---:|---|---|---:|---|---|\n");
            }
            row.append("| %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(benchmark, cell(measured),
                    value >= 100 ? "%.0f".formatted(value) : "%.2f".formatted(value), cell(unit),
                    reference == null ? "" : cell(reference), ratio == null ? "" : "%.2f".formatted(ratio),
                    load().substring("load ".length()),
                    Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            Files.writeString(table, row, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * The simple name of the benchmark class that is measuring (the first caller outside
     * this one).
     */
    private static String callingBenchmark() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c.getEnclosingClass() != Bench.class && c != Bench.class)
                .findFirst()
                .map(c -> c.getNestHost().getSimpleName())
                .orElse("?"));
    }

    private static void run(String name, Operation operation) {
        try {
            operation.run();
        }
        catch (Exception e) {
            throw new IllegalStateException("Benchmark " + name + " failed", e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The machine's load averages of the last 1, 5 and 15 minutes, to stand next to every
     * figure (the machine is shared).
     */
    public static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load %s %s %s".formatted(avg[0], avg[1], avg[2]);
        }
        catch (IOException e) {
            return "load %.2f"
                .formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Appends lines to target/bench/FILE.txt (with a time stamp) and prints them. */
    public static void report(String file, List<String> lines) {
        Path path = Path.of("target", "bench", file + ".txt");
        try {
            Files.createDirectories(path.getParent());
            StringBuilder text = new StringBuilder("# " + Instant.now() + System.lineSeparator());
            lines.forEach(line -> text.append(line).append(System.lineSeparator()));
            Files.writeString(path, text, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            System.out.print(text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
