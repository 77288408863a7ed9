package id.satudata.portal.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Measuring for the benchmarks (tag "bench", run with {@code ./mvnw -Pbench test}):
 * warm-up runs, then timed runs, reported as median and 95th percentile; figures are
 * appended to target/bench/NAME.txt.
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

        public Series(String name) {
            this.name = name;
        }

        public void time(Operation operation) {
            long start = System.nanoTime();
            run(name, operation);
            if (runs == millis.length) {
                millis = Arrays.copyOf(millis, runs * 2);
            }
            millis[runs++] = (System.nanoTime() - start) / 1_000_000.0;
        }

        public Stats stats() {
            double[] sorted = Arrays.copyOf(millis, runs);
            Arrays.sort(sorted);
            return new Stats(name, runs, percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[0],
                    sorted[runs - 1]);
        }

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
