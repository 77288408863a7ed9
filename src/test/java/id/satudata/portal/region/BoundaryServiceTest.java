package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploading boundaries: a good file becomes the level's current set; every bad file is
 * refused with a clear error and nothing is stored.
 */
@PortalTest
class BoundaryServiceTest {

    @Autowired
    BoundaryService boundaries;

    @Autowired
    RegionFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    private int setsBefore;

    @BeforeEach
    void startFromKaltimBoundaries() {
        fixtures.removeBoundaries(RegionLevel.KABKOTA);
        SignedIn.as(fixtures.administrator());
        setsBefore = boundaries.history().size();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theKaltimFileBecomesTheCurrentKabKotaBoundariesMatchedByBpsCode() {
        BoundarySet set = boundaries.upload(kaltim(RegionFixtures.kaltimFile()));
        assertThat(set.featureCount()).isEqualTo(10);
        assertThat(set.current()).isTrue();
        assertThat(set.codeSystem()).isEqualTo(CodeSystem.BPS);
        assertThat(set.uploadedBy()).startsWith("administrator");
        assertThat(boundaries.current(RegionLevel.KABKOTA)).hasValue(set);
        List<Region> shapes = boundaries.regionsWithShapes(RegionLevel.KABKOTA);
        assertThat(shapes).extracting(Region::kodeKemendagri)
            .containsExactlyInAnyOrder("64.01", "64.07", "64.02", "64.08", "64.03", "64.09", "64.11", "64.71", "64.72",
                    "64.74");
        assertThat(shapes).filteredOn(r -> "6403".equals(r.kodeBps()))
            .extracting(Region::name)
            .containsExactly("Kabupaten Kutai Kartanegara");
    }

    @Test
    void aNewFileReplacesTheLevelsBoundariesAndTheOldOneStaysInTheHistory() {
        BoundarySet first = boundaries.upload(kaltim(RegionFixtures.kaltimFile()));
        BoundarySet second = boundaries.upload(new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.KEMENDAGRI,
                "kode_kemendagri", "kaltim-by-kemendagri.geojson", RegionFixtures.kaltimFile()));
        assertThat(boundaries.current(RegionLevel.KABKOTA)).hasValue(second);
        BoundarySet replaced = boundaries.history()
            .stream()
            .filter(s -> s.id() == first.id())
            .findFirst()
            .orElseThrow();
        assertThat(replaced.current()).isFalse();
        assertThat(replaced.replacedAt()).isNotNull();
        assertThat(replaced.replacedBy()).startsWith("administrator");
        assertThat(boundaries.regionsWithShapes(RegionLevel.KABKOTA)).hasSize(10);
    }

    @Test
    void aPointGeometryIsRefused() {
        ObjectNode tree = RegionFixtures.kaltimTree();
        ObjectNode geometry = (ObjectNode) tree.get("features").get(2).get("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(116.5).add(0.1);
        refused(kaltim(RegionFixtures.bytes(tree)), "region.boundary.error.geometryType", "#3 Point");
    }

    @Test
    void aFeatureWithoutTheCodePropertyIsRefused() {
        ObjectNode tree = RegionFixtures.kaltimTree();
        ((ObjectNode) tree.get("features").get(4).get("properties")).remove("kode_bps");
        refused(kaltim(RegionFixtures.bytes(tree)), "region.boundary.error.missingCode", "#5");
    }

    @Test
    void aCodeTheRegionTableDoesNotKnowIsRefusedAndNamed() {
        ObjectNode tree = RegionFixtures.kaltimTree();
        ((ObjectNode) tree.get("features").get(0).get("properties")).put("kode_bps", "6499");
        refused(kaltim(RegionFixtures.bytes(tree)), "region.boundary.error.unknownCodes", "6499");
    }

    @Test
    void aCodeTwiceIsRefused() {
        ObjectNode tree = RegionFixtures.kaltimTree();
        ((ObjectNode) tree.get("features").get(1).get("properties")).put("kode_bps", "6401");
        refused(kaltim(RegionFixtures.bytes(tree)), "region.boundary.error.duplicateCodes", "#2 6401");
    }

    @Test
    void kemendagriCodesReadAsBpsAreRefusedNotMisread() {
        BoundaryUpload upload = new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.BPS, "kode_kemendagri",
                "kaltim.geojson", RegionFixtures.kaltimFile());
        refused(upload, "region.boundary.error.invalidCode", "64.01");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        refused(kaltim("{\"type\": \"FeatureCollection\", \"features\": [".getBytes(StandardCharsets.UTF_8)),
                "region.boundary.error.notJson", null);
    }

    @Test
    void jsonThatIsNotAFeatureCollectionIsRefused() {
        ObjectNode feature = (ObjectNode) RegionFixtures.kaltimTree().get("features").get(0);
        refused(kaltim(RegionFixtures.bytes(feature)), "region.boundary.error.notFeatureCollection", "Feature");
    }

    @Test
    void anEmptyUploadIsRefused() {
        refused(kaltim(new byte[0]), "region.boundary.error.empty", null);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        BoundaryUpload upload = kaltim(RegionFixtures.kaltimFile());
        assertThatThrownBy(() -> BoundaryFile.parse(upload, upload.content().length - 1))
            .isInstanceOf(ValidationException.class)
            .extracting(e -> ((ValidationException) e).messageKey())
            .isEqualTo("region.boundary.error.tooLarge");
    }

    @Test
    void onlyAnAdministratorMayUpload() {
        SignedIn.as(opds.staff(Role.TEKNIS));
        assertThatThrownBy(() -> boundaries.upload(kaltim(RegionFixtures.kaltimFile())))
            .isInstanceOf(AccessDeniedException.class);
        SignedIn.nobody();
        assertThat(boundaries.current(RegionLevel.KABKOTA)).isEmpty();
    }

    @Test
    void anyoneMayReadTheCurrentBoundaries() {
        boundaries.upload(kaltim(RegionFixtures.kaltimFile()));
        SignedIn.nobody();
        assertThat(boundaries.current(RegionLevel.KABKOTA)).isPresent();
        assertThat(boundaries.regionsWithShapes(RegionLevel.KABKOTA)).hasSize(10);
    }

    private static BoundaryUpload kaltim(byte[] content) {
        return new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.BPS, "kode_bps", "kaltim.geojson", content);
    }

    private void refused(BoundaryUpload upload, String messageKey, String detail) {
        assertThatThrownBy(() -> boundaries.upload(upload)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            if (detail != null) {
                assertThat(List.of(e.arguments())).anySatisfy(a -> assertThat(String.valueOf(a)).contains(detail));
            }
        });
        assertThat(boundaries.history()).hasSize(setsBefore);
        assertThat(boundaries.current(RegionLevel.KABKOTA)).isEmpty();
    }

}
