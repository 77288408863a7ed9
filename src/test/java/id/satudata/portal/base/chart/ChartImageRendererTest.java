package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The server-side chart images: print resolution, ink in the plot area for every chart
 * type, gaps for missing values, valid SVG. Writes samples to target/chart-preview to
 * look at.
 */
class ChartImageRendererTest {

    private static final Locale INDONESIAN = Locale.of("id");

    private static final ChartImageOptions PRINT = ChartImageOptions.print(INDONESIAN, "Tidak ada data");

    private final ChartImageRenderer renderer = new ChartImageRenderer();

    @Test
    void printImagesHaveTwiceTheLogicalSize() throws IOException {
        byte[] png = renderer.png(ChartSamples.opdLoads(ChartType.BAR), PRINT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void everyChartTypePutsInkInItsPlotArea() throws IOException {
        Path preview = Files.createDirectories(Path.of("target", "chart-preview"));
        for (ChartSpec spec : ChartSamples.all()) {
            BufferedImage image = renderer.image(spec, PRINT);
            double ink = colouredShare(image, 200, 160, 1080, 480);
            assertThat(ink).as("coloured share of %s %s", spec.type(), spec.title()).isGreaterThan(0.02);
            String name = spec.type().name().toLowerCase(Locale.ROOT) + "-" + Math.abs(spec.title().hashCode());
            ImageIO.write(image, "png", preview.resolve(name + ".png").toFile());
            Files.writeString(preview.resolve(name + ".svg"), renderer.svg(spec, PRINT));
        }
    }

    @Test
    void aMissingValueLeavesItsColumnEmpty() {
        List<Double> values = Arrays.asList(5.0, null, 7.0);
        ChartSpec spec = ChartSpec.of(ChartType.COLUMN, "", List.of("a", "b", "c"), "s", values, null);
        BufferedImage image = renderer.image(spec, PRINT.withSize(300, 200));
        int middle = image.getWidth() / 2 + 20;
        int seriesColour = ChartPalette.series(0).getRGB();
        long inMiddle = column(image, middle).filter(rgb -> rgb == seriesColour).count();
        long inFirst = column(image, image.getWidth() / 4 + 20).filter(rgb -> rgb == seriesColour).count();
        assertThat(inMiddle).isZero();
        assertThat(inFirst).isGreaterThan(50);
    }

    @Test
    void svgIsWellFormedAndUsesIndonesianNumbers() throws Exception {
        ChartSpec spec = ChartSpec.of(ChartType.COLUMN, "Baris per OPD", List.of("Dinkes", "Disdik"), "Baris",
                List.of(1500.0, 2750.5), "baris");
        String svg = renderer.svg(spec, PRINT);
        var document = DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("<title>Baris per OPD</title>").contains(">1.500<").contains(">2.750,5<");
    }

    @Test
    void aChartWithoutValuesSaysSo() {
        ChartSpec spec = ChartSpec.of(ChartType.LINE, "Kosong", List.of("a", "b"), "s", Arrays.asList(null, null),
                null);
        assertThat(renderer.svg(spec, PRINT)).contains(">Tidak ada data<");
        ChartSpec noCategories = ChartSpec.of(ChartType.PIE, "Kosong", List.of(), "s", List.of(), null);
        assertThat(renderer.svg(noCategories, PRINT)).contains(">Tidak ada data<");
    }

    private static java.util.stream.IntStream column(BufferedImage image, int x) {
        return java.util.stream.IntStream.range(0, image.getHeight()).map(y -> image.getRGB(x, y));
    }

    /** Share of pixels in the rectangle that are neither white nor grey. */
    static double colouredShare(BufferedImage image, int x0, int y0, int x1, int y1) {
        long coloured = 0;
        long total = 0;
        for (int y = y0; y < y1; y += 2) {
            for (int x = x0; x < x1; x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
                total++;
            }
        }
        return (double) coloured / total;
    }

}
