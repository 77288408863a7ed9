package id.satudata.portal.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the search benchmark says about the machine it ran on (cores, load, JVM, whether
 * Lucene may use the vector API), its heap measurement, and the runs of
 * {@link SearchProbe} in child JVMs with and without the vector module.
 */
final class BenchMachine {

    static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final Pattern PROBE = Pattern.compile("PROBE vector=(\\w+) median=([\\d.]+) p95=([\\d.]+)");

    private BenchMachine() {
    }

    static String describe() {
        return "machine: %d cores, %s; Java %s, max heap %d MiB, %s module %s".formatted(
                Runtime.getRuntime().availableProcessors(), load(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, VECTOR_MODULE, vectorModule() ? "ADDED" : "not added");
    }

    static boolean vectorModule() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The load averages of the last 1, 5 and 15 minutes (others share the machine). */
    static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average %s %s %s".formatted(avg[0], avg[1], avg[2]);
        }
        catch (IOException e) {
            return "load average %.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Heap in use after full collections (the JVM's own structures included). */
    static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * The benchmark's queries on the index alone in child JVMs, alternately with and
     * without the vector module, twice each.
     */
    static List<String> vectorProbes(Path index, String opd) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            boolean vector = round % 2 == 0;
            lines.add(probe(index, opd, vector));
        }
        return lines;
    }

    private static String probe(Path index, String opd, boolean vector) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                        "-da:org.apache.lucene..."));
        if (vector) {
            command.add("--add-modules=" + VECTOR_MODULE);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SearchProbe.class.getName(),
                index.toString(), opd, "20"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        Matcher figures = PROBE.matcher(output);
        if (exit != 0 || !figures.find()) {
            throw new IllegalStateException("Search probe failed (" + exit + "): " + output);
        }
        return "index only in a child JVM, %s module %s: median %s ms, p95 %s ms".formatted(VECTOR_MODULE,
                Boolean.parseBoolean(figures.group(1)) ? "ADDED" : "not added", figures.group(2), figures.group(3));
    }

}
