package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.DemoPortalTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without the shared folder the demo loads the project's own schematic boundaries through
 * the upload checks; provinces then have none.
 */
@DemoPortalTest
class RegionDemoDataTest {

    @Autowired
    BoundaryService boundaries;

    @Autowired
    ChoroplethBuilder choropleths;

    @Test
    void theDemoHasItsOwnSchematicKabKotaAndKecamatanBoundaries() {
        Map<RegionLevel, BoundarySet> sets = boundaries.currentSets()
            .stream()
            .collect(Collectors.toMap(BoundarySet::level, s -> s));
        assertThat(sets).containsOnlyKeys(RegionLevel.KABKOTA, RegionLevel.KECAMATAN);
        assertThat(sets.get(RegionLevel.KABKOTA).featureCount()).isEqualTo(10);
        assertThat(sets.get(RegionLevel.KABKOTA).codeSystem()).isEqualTo(CodeSystem.BPS);
        assertThat(sets.get(RegionLevel.KABKOTA).fileName()).isEqualTo("kaltim-kabkota-skematis.geojson");
        assertThat(sets.get(RegionLevel.KECAMATAN).featureCount()).isEqualTo(14);
        assertThat(sets.get(RegionLevel.KECAMATAN).codeSystem()).isEqualTo(CodeSystem.KEMENDAGRI);
        assertThat(sets.values()).allSatisfy(set -> assertThat(set.uploadedBy()).isEqualTo("demo"));
    }

    @Test
    void provincesWithoutBoundariesAreDrawnAsBars() {
        assertThat(choropleths.preview(RegionLevel.PROVINSI, "Provinsi")).isInstanceOf(RegionBars.class);
    }

}
