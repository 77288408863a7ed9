package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.DemoPortalTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo loads the shared boundary files through the upload checks. */
@DemoPortalTest
class RegionDemoDataTest {

    @Autowired
    BoundaryService boundaries;

    @Autowired
    ChoroplethBuilder choropleths;

    @Test
    void theDemoHasTheThreeSharedBoundarySets() {
        Map<RegionLevel, BoundarySet> sets = boundaries.currentSets()
            .stream()
            .collect(Collectors.toMap(BoundarySet::level, s -> s));
        assertThat(sets.get(RegionLevel.KABKOTA).featureCount()).isEqualTo(10);
        assertThat(sets.get(RegionLevel.KABKOTA).codeSystem()).isEqualTo(CodeSystem.BPS);
        assertThat(sets.get(RegionLevel.PROVINSI).featureCount()).isEqualTo(38);
        assertThat(sets.get(RegionLevel.KECAMATAN).featureCount()).isEqualTo(14);
        assertThat(sets.get(RegionLevel.KECAMATAN).codeSystem()).isEqualTo(CodeSystem.KEMENDAGRI);
        assertThat(sets.values()).allSatisfy(set -> assertThat(set.uploadedBy()).isEqualTo("demo"));
    }

    @Test
    void theProvinceMapSendsFarLessThanTheUploadedFile() {
        RegionMap map = (RegionMap) choropleths.preview(RegionLevel.PROVINSI, "Provinsi");
        assertThat(map.areas()).hasSize(38);
        BoundarySet set = boundaries.current(RegionLevel.PROVINSI).orElseThrow();
        assertThat(map.geoJson().length()).isLessThan(set.sizeBytes() / 2);
    }

}
