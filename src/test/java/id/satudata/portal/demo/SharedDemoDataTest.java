package id.satudata.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.region.BoundaryService;
import id.satudata.portal.region.BoundarySet;
import id.satudata.portal.region.ChoroplethBuilder;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionColumn;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.region.RegionMap;
import id.satudata.portal.region.RegionService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SharedFiles;
import id.satudata.portal.test.SharedMaterial;
import id.satudata.portal.test.SignedIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo beside the shared folder: the real boundary files and the real portal files
 * (with their quirks) go through the same upload checks and load pipeline as the
 * project's own ones.
 */
@SharedMaterial
@PortalTest
@TestPropertySource(properties = { "satudata.demo.enabled=true", "satudata.shared-dir=${satudata.shared:../shared}" })
class SharedDemoDataTest {

    @Autowired
    BoundaryService boundaries;

    @Autowired
    ChoroplethBuilder choropleths;

    @Autowired
    DatasetService datasets;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theDemoHasTheThreeSharedBoundarySets() {
        Map<RegionLevel, BoundarySet> sets = boundaries.currentSets()
            .stream()
            .collect(Collectors.toMap(BoundarySet::level, s -> s));
        assertThat(sets.get(RegionLevel.KABKOTA).featureCount()).isEqualTo(10);
        assertThat(sets.get(RegionLevel.KABKOTA).fileName())
            .isEqualTo("kaltim-kabkota.geojson (cahyadsn/wilayah_boundaries, MIT)");
        assertThat(sets.get(RegionLevel.PROVINSI).featureCount()).isEqualTo(38);
        assertThat(sets.get(RegionLevel.KECAMATAN).featureCount()).isEqualTo(14);
        assertThat(sets.get(RegionLevel.KECAMATAN).codeSystem()).isEqualTo(CodeSystem.KEMENDAGRI);
    }

    @Test
    void theProvinceMapSendsFarLessThanTheUploadedFile() {
        RegionMap map = (RegionMap) choropleths.preview(RegionLevel.PROVINSI, "Provinsi");
        assertThat(map.areas()).hasSize(38);
        BoundarySet set = boundaries.current(RegionLevel.PROVINSI).orElseThrow();
        assertThat(map.geoJson().length()).isLessThan(set.sizeBytes() / 2);
    }

    @Test
    void realPortalFilesAreLoadedThroughThePipelineWithTheirQuirks() {
        SignedIn.as((PortalUser) users.loadUserByUsername("teknis"));
        assertThat(datasets.getBySlug("ispu-2022").rowCount()).isEqualTo(365);
        assertThat(datasets.getBySlug("kode-wilayah-2014").rowCount()).isEqualTo(267);
        assertThat(datasets.getBySlug("tpt-kabkota-jabar").rowCount()).isEqualTo(424);
        assertThat(datasets.getBySlug("bencana-kecelakaan-transportasi").rowCount()).isPositive();
        assertThat(datasets.getBySlug("penduduk-kelompok-usia").rowCount()).isPositive();
        assertThat(datasets.list(null)).extracting(Dataset::slug)
            .contains("inflasi-tujuh-kota", "penduduk-jenis-kelamin-jabar", "daftar-stasiun");
    }

    @Test
    void theRealIdmFilesFloatCodesAreDetectedAsBpsKabKota() throws IOException {
        List<String> column = Files
            .readAllLines(SharedFiles.path("realdata/jabar_dpmdes_idm_pencemaran_air_desa_2019-2021.csv"),
                    StandardCharsets.UTF_8)
            .stream()
            .skip(1)
            .map(line -> line.split(",")[2])
            .toList();
        RegionColumn detected = regions.detect(column).orElseThrow();
        assertThat(detected.level()).isEqualTo(RegionLevel.KABKOTA);
        assertThat(detected.system()).isEqualTo(CodeSystem.BPS);
        assertThat(detected.resolved()).isEqualTo(19);
        assertThat(detected.coverage()).isEqualTo(1.0);
    }

}
