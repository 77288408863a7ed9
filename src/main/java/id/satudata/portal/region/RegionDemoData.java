package id.satudata.portal.region;

import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's boundaries, stored through the same checks as an administrator's upload: the
 * shared boundary files (Kalimantan Timur kab/kota by BPS code, the 38 provinces, the
 * Trenggalek kecamatan by Kemendagri code) where the shared folder exists, else the
 * project's own schematic shapes of the same regions (cells around each region's centre,
 * named "skematis" so nobody takes them for surveyed boundaries). Provinces have no own
 * file: without the folder that level shows bars and says how to upload boundaries.
 */
@Component
class RegionDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(RegionDemoData.class);

    /** Source and licence of the shared boundary files, as their SOURCES.md asks. */
    static final String SHARED_CREDIT = "(cahyadsn/wilayah_boundaries, MIT)";

    /** On the class path, the project's own schematic boundary files. */
    static final String OWN_FOLDER = "/demo/geo/";

    private record DemoFile(String sharedPath, @Nullable String ownFile, RegionLevel level, CodeSystem system) {
    }

    private static final List<DemoFile> FILES = List.of(
            new DemoFile("geo/kaltim-kabkota.geojson", "kaltim-kabkota-skematis.geojson", RegionLevel.KABKOTA,
                    CodeSystem.BPS),
            new DemoFile("geo/indonesia-provinces.geojson", null, RegionLevel.PROVINSI, CodeSystem.BPS),
            new DemoFile("geo/trenggalek-kecamatan.geojson", "trenggalek-kecamatan-skematis.geojson",
                    RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI));

    private final BoundaryService boundaries;

    RegionDemoData(BoundaryService boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void contribute(DemoContext context) {
        for (DemoFile file : FILES) {
            Optional<Path> shared = context.shared(file.sharedPath());
            try {
                if (shared.isPresent()) {
                    // their MIT notice travels with them: it shows under every map
                    load(file, shared.get().getFileName() + " " + SHARED_CREDIT, Files.readAllBytes(shared.get()));
                }
                else if (file.ownFile() != null) {
                    load(file, file.ownFile(), ownFile(file.ownFile()));
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not read the demo boundaries " + file.sharedPath(), e);
            }
        }
    }

    /** One of the project's own schematic boundary files. */
    static byte[] ownFile(String name) throws IOException {
        try (InputStream in = RegionDemoData.class.getResourceAsStream(OWN_FOLDER + name)) {
            if (in == null) {
                throw new IOException("Missing " + OWN_FOLDER + name);
            }
            return in.readAllBytes();
        }
    }

    private void load(DemoFile file, String fileName, byte[] content) {
        BoundarySet set = boundaries.uploadForDemo(new BoundaryUpload(file.level(), file.system(),
                BoundaryUpload.defaultCodeProperty(file.system()), fileName, content));
        log.debug("Demo boundaries {}: {} features", fileName, set.featureCount());
    }

}
