package id.satudata.portal.api.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.catalog.CatalogField;
import id.satudata.portal.catalog.CatalogFilter;
import id.satudata.portal.catalog.CatalogFilter.All;
import id.satudata.portal.catalog.CatalogFilter.Any;
import id.satudata.portal.catalog.CatalogFilter.Not;
import id.satudata.portal.catalog.CatalogFilter.Range;
import id.satudata.portal.catalog.CatalogFilter.Term;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterQueryTest {

    static Term org(String value) {
        return new Term(CatalogField.ORGANIZATION, value);
    }

    static String searchError(String fq) {
        CkanException e = (CkanException) org.assertj.core.api.Assertions.catchThrowable(() -> FilterQuery.parse(fq));
        assertThat(e).as(fq).isNotNull();
        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.error().get("__type")).isEqualTo("Search Query Error");
        return (String) e.error().get("message");
    }

    @Test
    void blankFilterMatchesEverything() {
        assertThat(FilterQuery.parse("  ")).isEqualTo(CatalogFilter.everything());
        assertThat(FilterQuery.parse("*:*")).isEqualTo(CatalogFilter.everything());
    }

    @Test
    void termsSideBySideMustAllHoldWithPlusAndQuotes() {
        assertThat(FilterQuery.parse("+organization:dinkes tags:\"air bersih\" AND groups:kesehatan"))
            .isEqualTo(new All(List.of(org("dinkes"), new Term(CatalogField.TAGS, "air bersih"),
                    new Term(CatalogField.GROUPS, "kesehatan"))));
    }

    @Test
    void orJoinsTheTermsBesideItBeforeTheImplicitAndAsTheCkanHarvesterMeansIt() {
        CatalogFilter filter = FilterQuery
            .parse("organization:bappeda OR organization:dinkes metadata_modified:[2026-12-05T03:00:00Z TO *]");
        assertThat(filter).isEqualTo(new All(List.of(new Any(List.of(org("bappeda"), org("dinkes"))), new Range(
                CatalogField.METADATA_MODIFIED, OffsetDateTime.parse("2026-12-05T03:00:00Z"), true, null, true))));
    }

    @Test
    void newerHarvesterWrapsAllTermsInOneBracketedOr() {
        assertThat(FilterQuery.parse("(organization:a OR organization:b)"))
            .isEqualTo(new Any(List.of(org("a"), org("b"))));
    }

    @Test
    void minusNotAndBangExclude() {
        assertThat(FilterQuery.parse("-organization:bappeda -groups:sosial"))
            .isEqualTo(new All(List.of(new Not(org("bappeda")), new Not(new Term(CatalogField.GROUPS, "sosial")))));
        assertThat(FilterQuery.parse("NOT organization:x")).isEqualTo(new Not(org("x")));
        assertThat(FilterQuery.parse("!organization:x")).isEqualTo(new Not(org("x")));
    }

    @Test
    void fieldGroupsApplyTheFieldToEveryValue() {
        assertThat(FilterQuery.parse("organization:(bappeda OR dinkes) res_format:CSV")).isEqualTo(new All(
                List.of(new Any(List.of(org("bappeda"), org("dinkes"))), new Term(CatalogField.RES_FORMAT, "CSV"))));
    }

    @Test
    void rangesTakeOpenBoundsFractionsNaiveUtcAndExclusiveBrackets() {
        assertThat(FilterQuery.parse("metadata_created:[* TO 2026-01-31T23:59:59.123456]")).isEqualTo(new Range(
                CatalogField.METADATA_CREATED, null, true, OffsetDateTime.parse("2026-01-31T23:59:59.123456Z"), true));
        assertThat(FilterQuery.parse("metadata_modified:{2026-01-01T00:00:00Z TO 2026-02-01T00:00:00+08:00}"))
            .isEqualTo(new Range(CatalogField.METADATA_MODIFIED, OffsetDateTime.parse("2026-01-01T00:00:00Z"), false,
                    OffsetDateTime.parse("2026-02-01T00:00:00+08:00"), false));
    }

    @Test
    void capacityStateAndTypeAreRead() {
        assertThat(FilterQuery.parse("+capacity:public +state:active dataset_type:dataset"))
            .isEqualTo(new All(List.of(new Term(CatalogField.CAPACITY, "public"),
                    new Term(CatalogField.STATE, "active"), new Term(CatalogField.DATASET_TYPE, "dataset"))));
    }

    @Test
    void whatItCannotReadIsASearchQueryErrorNamingThePart() {
        assertThat(searchError("owner:x")).contains("unknown field 'owner'");
        assertThat(searchError("metadata_modified:[NOW-1DAY TO *]")).contains("NOW-1DAY").contains("not supported");
        assertThat(searchError("metadata_modified:[yesterday TO *]")).contains("'yesterday'");
        assertThat(searchError("metadata_modified:[2026-02-30T00:00:00Z TO *]")).contains("no such date");
        assertThat(searchError("metadata_modified:2026-01-01")).contains("takes a range");
        assertThat(searchError("tags:[a TO b]")).contains("ranges only on");
        assertThat(searchError("organization:dink*")).contains("wildcards");
        assertThat(searchError("organization:a OR")).contains("ends where a term was expected");
        assertThat(searchError("(organization:a")).contains("bracket is not closed");
        assertThat(searchError("organization:a )")).contains("near ')'");
        assertThat(searchError("tags:\"open")).contains("quote is not closed");
        assertThat(searchError("organization:a ^2")).contains("near '^2'");
        assertThat(searchError("metadata_modified:[2026-01-01T00:00:00Z 2026-02-01T00:00:00Z]"))
            .contains("near '2026-02-01");
    }

    @Test
    void parsingNeverFailsWithAnythingButASearchQueryError() {
        String alphabet = "ab:()[]{}\"-+!* ORANDTO\\0Z";
        java.util.Random random = new java.util.Random(19);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder fq = new StringBuilder();
            for (int n = random.nextInt(25); n > 0; n--) {
                fq.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = "organization:" + fq;
            try {
                FilterQuery.parse(text);
            }
            catch (CkanException e) {
                assertThat(e.error().get("__type")).as(text).isEqualTo("Search Query Error");
            }
        }
        assertThatThrownBy(() -> FilterQuery.parse("x")).isInstanceOf(CkanException.class);
    }

}
