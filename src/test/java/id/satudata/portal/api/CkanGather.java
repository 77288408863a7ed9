package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The gather stage of ckanext-harvest's CKANHarvester, as its
 * {@code _search_for_datasets} pages: {@code package_search} with rows=100, start 0, 100,
 * 200, …, sort {@code id asc} and the filter terms; it stops on an empty page, refuses a
 * page identical to the one before ("The paging doesn't seem to work") and drops ids seen
 * on earlier pages.
 */
final class CkanGather {

    /** What one gather collected: the ids in order, and how many were repeats. */
    record Gathered(List<String> ids, int duplicates, int requests) {

        Set<String> idSet() {
            return new LinkedHashSet<>(ids);
        }

    }

    /** Runs between pages (to change datasets while the harvester pages). */
    interface BetweenPages {

        void after(int page);

    }

    private final ApiClient api;

    CkanGather(ApiClient api) {
        this.api = api;
    }

    Gathered gather(@Nullable String fq) {
        return gather(fq, page -> {
        });
    }

    Gathered gather(@Nullable String fq, BetweenPages between) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int duplicates = 0;
        int start = 0;
        int requests = 0;
        String previous = null;
        while (true) {
            String url = "/api/3/action/package_search?rows=100&start=" + start + "&sort="
                    + URLEncoder.encode("id asc", StandardCharsets.UTF_8)
                    + (fq == null ? "" : "&fq=" + URLEncoder.encode(fq, StandardCharsets.UTF_8));
            ApiClient.Answer answer = api.get(url);
            requests++;
            assertThat(answer.status()).as(url + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as("The paging doesn't seem to work. URL: " + url).isNotEqualTo(previous);
            previous = answer.body();
            JsonNode results = answer.json().path("result").path("results");
            List<String> page = new ArrayList<>();
            for (JsonNode result : results) {
                page.add(result.path("id").asString());
            }
            for (String id : page) {
                if (seen.add(id)) {
                    ids.add(id);
                }
                else {
                    duplicates++;
                }
            }
            if (page.isEmpty()) {
                return new Gathered(ids, duplicates, requests);
            }
            between.after(start / 100);
            start += 100;
        }
    }

}
