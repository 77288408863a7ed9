package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bar, column, line and area images stay exactly as they were: each sample's SVG is
 * compared byte for byte with the one stored in {@code src/test/resources/chart/golden},
 * so a change to the painters that moves a single line or label shows here.
 * <p>
 * Only the SVG is compared. Its coordinates already carry the whole layout, including the
 * text widths measured with Java's SansSerif font (DejaVu Sans on Linux; CI installs
 * fonts-dejavu-core). The PNG adds the JDK's font rasteriser and antialiasing on top,
 * which differ between JDK builds and FreeType versions, so a pixel comparison would fail
 * on machines that draw the same chart.
 * <p>
 * After an intended change to the drawing, look at the new images and store them with
 * {@code ./mvnw test -Dtest=ChartImageGoldenTest -Dchart.golden.update=true}.
 */
class ChartImageGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "chart", "golden");

    private static final ChartImageOptions PRINT = ChartImageOptions.print(Locale.of("id"), "Tidak ada data");

    private final ChartImageRenderer renderer = new ChartImageRenderer();

    record Sample(String name, ChartSpec spec, ChartImageOptions options) {

        @Override
        public String toString() {
            return name;
        }

    }

    static Stream<Sample> samples() {
        List<String> opds = ChartSamples.opdLoads(ChartType.BAR).categories();
        ChartSpec change = new ChartSpec(ChartType.BAR, "Perubahan anggaran per OPD", opds,
                List.of(new ChartSeries("2025", List.of(12.5, -30.25, 4.0, -8.75, 0.0, 21.0)),
                        new ChartSeries("2026", Arrays.asList(-3.5, 14.0, null, 9.25, -17.0, 2.5))),
                "persen");
        List<String> kecamatan = IntStream.rangeClosed(1, 40).mapToObj(i -> "Kecamatan Nomor " + i).toList();
        List<Double> growth = IntStream.rangeClosed(1, 40).mapToObj(i -> (i % 7 - 3) * 125.0).toList();
        ChartSpec deficits = ChartSpec.of(ChartType.BAR, "Selisih anggaran", List.of("Bappeda", "Diskominfo", "Dinkes"),
                "Selisih", List.of(-1.2e9, -3.4e8, -7.5e8), null);
        return Stream.of(new Sample("bar-opd-loads", ChartSamples.opdLoads(ChartType.BAR), PRINT),
                new Sample("column-opd-loads", ChartSamples.opdLoads(ChartType.COLUMN), PRINT),
                new Sample("bar-negative", change, PRINT),
                new Sample("column-negative", retyped(change, ChartType.COLUMN), PRINT),
                new Sample("bar-all-negative-millions", deficits, PRINT),
                new Sample("bar-dense", ChartSpec.of(ChartType.BAR, "", kecamatan, "Pertumbuhan", growth, "jiwa"),
                        PRINT),
                new Sample("column-dense", ChartSpec.of(ChartType.COLUMN, "", kecamatan, "Pertumbuhan", growth, null),
                        PRINT),
                new Sample("bar-small", ChartSamples.opdLoads(ChartType.BAR), PRINT.withSize(320, 240)),
                new Sample("column-small", ChartSamples.opdLoads(ChartType.COLUMN), PRINT.withSize(320, 240)),
                new Sample("line-gaps", ChartSamples.all().get(2), PRINT),
                new Sample("area", ChartSamples.all().get(3), PRINT),
                new Sample("column-millions", ChartSamples.all().get(5), PRINT));
    }

    private static ChartSpec retyped(ChartSpec spec, ChartType type) {
        return new ChartSpec(type, spec.title(), spec.categories(), spec.series(), spec.unit());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSvgIsByteForByteTheStoredOne(Sample sample) throws IOException {
        byte[] svg = renderer.svg(sample.spec(), sample.options()).getBytes(StandardCharsets.UTF_8);
        String file = sample.name() + ".svg";
        if (Boolean.getBoolean("chart.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(GOLDEN.resolve(file), svg);
            return;
        }
        byte[] expected;
        try (InputStream stored = getClass().getResourceAsStream("/chart/golden/" + file)) {
            assertThat(stored).as("golden %s (store it with -Dchart.golden.update=true)", file).isNotNull();
            expected = stored.readAllBytes();
        }
        if (!Arrays.equals(svg, expected)) {
            // one long line each: a file to open beside the golden says more than a diff
            // here
            Path drawn = Files.createDirectories(Path.of("target", "chart-golden-diff")).resolve(file);
            Files.write(drawn, svg);
            assertThat(svg).as("SVG of %s differs from the golden; this run drew %s", sample.name(), drawn)
                .isEqualTo(expected);
        }
    }

}
