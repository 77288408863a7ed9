package id.satudata.portal.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.DemoPortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@DemoPortalTest
class DatastoreDemoDataTest {

    @Autowired
    DatasetService datasets;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsTechnicalTeam() {
        SignedIn.as((PortalUser) users.loadUserByUsername("teknis"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void bappedaPublishesTheKaltimPopulationPerRegionCodeAndYear() {
        Dataset population = datasets.getBySlug("penduduk-kabkota-kaltim");
        assertThat(population.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(population.integrationId()).isNull();
        assertThat(population.rowCount()).isEqualTo(10 * 10);
        List<DistinctValue> codes = queries.distinct(population.id(), "kode_wilayah_bps", List.of(), 20);
        assertThat(codes).extracting(DistinctValue::value)
            .containsExactlyInAnyOrder("6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474");
    }

    @Test
    void thePopulationHistoryHasRejectedLoadsThatChangedNothing() {
        Dataset population = datasets.getBySlug("penduduk-kabkota-kaltim");
        List<LoadRecord> history = loads.history(population.id(), 20);
        assertThat(history).extracting(LoadRecord::status)
            .containsExactlyInAnyOrder(LoadStatus.ACCEPTED, LoadStatus.ACCEPTED, LoadStatus.REJECTED,
                    LoadStatus.REJECTED, LoadStatus.ACCEPTED, LoadStatus.REJECTED);
    }

    @Test
    void realFilesAreLoadedThroughThePipelineWithTheirQuirks() {
        assertThat(datasets.getBySlug("ispu-2022").rowCount()).isEqualTo(365);
        assertThat(datasets.getBySlug("kode-wilayah-2014").rowCount()).isEqualTo(267);
        assertThat(datasets.getBySlug("tpt-kabkota-jabar").rowCount()).isEqualTo(424);
        assertThat(datasets.list(null)).extracting(Dataset::visibility)
            .contains(Visibility.PUBLIC, Visibility.INTERNAL, Visibility.DRAFT);
    }

}
