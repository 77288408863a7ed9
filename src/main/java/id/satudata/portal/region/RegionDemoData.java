package id.satudata.portal.region;

import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's boundaries: the shared boundary files (Kalimantan Timur kab/kota by BPS
 * code, the 38 provinces, the Trenggalek kecamatan by Kemendagri code), read where the
 * shared folder exists and stored through the same checks as an administrator's upload.
 * Without the folder the demo has no boundaries and its maps fall back to bar charts.
 */
@Component
class RegionDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(RegionDemoData.class);

    private record DemoFile(String path, RegionLevel level, CodeSystem system) {
    }

    private static final List<DemoFile> FILES = List.of(
            new DemoFile("geo/kaltim-kabkota.geojson", RegionLevel.KABKOTA, CodeSystem.BPS),
            new DemoFile("geo/indonesia-provinces.geojson", RegionLevel.PROVINSI, CodeSystem.BPS),
            new DemoFile("geo/trenggalek-kecamatan.geojson", RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI));

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
            context.shared(file.path()).ifPresent(path -> load(file, path));
        }
    }

    private void load(DemoFile file, Path path) {
        try {
            BoundarySet set = boundaries.uploadForDemo(
                    new BoundaryUpload(file.level(), file.system(), BoundaryUpload.defaultCodeProperty(file.system()),
                            path.getFileName().toString(), Files.readAllBytes(path)));
            log.debug("Demo boundaries {}: {} features", file.path(), set.featureCount());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

}
