package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class RecentSearchesTest {

    private static final Query PUBLIC = new TermQuery(new Term("visibility", "PUBLIC"));

    private final AtomicInteger countings = new AtomicInteger();

    private final AtomicInteger rankings = new AtomicInteger();

    @Test
    void theSameSearchOnTheSameSearcherIsCountedOnceAndAChangedIndexIsCountedAfresh() throws IOException {
        RecentSearches cache = new RecentSearches(8);
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(dataset("PUBLIC"));
            writer.commit();
            try (DirectoryReader before = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(before);
                assertThat(count(cache, searcher, PUBLIC)).isEqualTo(1);
                assertThat(count(cache, searcher, PUBLIC)).isEqualTo(1);
                assertThat(countings).hasValue(1);
                assertThat(count(cache, searcher, new TermQuery(new Term("visibility", "INTERNAL")))).isZero();
                assertThat(countings).hasValue(2);

                writer.addDocument(dataset("PUBLIC"));
                try (DirectoryReader after = DirectoryReader.openIfChanged(before, writer)) {
                    assertThat(count(cache, new IndexSearcher(after), PUBLIC)).isEqualTo(2);
                    assertThat(countings).hasValue(3);
                }
            }
        }
    }

    @Test
    void withoutACacheEverySearchIsCounted() throws IOException {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(dataset("PUBLIC"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                count(RecentSearches.NONE, searcher, PUBLIC);
                count(RecentSearches.NONE, searcher, PUBLIC);
                assertThat(countings).hasValue(2);
            }
        }
    }

    @Test
    void anotherPageOfARecentSearchIsRankedButNotCountedAgain() throws IOException {
        RecentSearches cache = new RecentSearches(8);
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(dataset("PUBLIC"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SearchQuery first = SearchQuery.of("air");
                assertThat(page(cache, searcher, first).total()).isEqualTo(1);
                assertThat(page(cache, searcher, first).total()).isEqualTo(1);
                assertThat(page(cache, searcher, first.page(20, 20)).total()).isEqualTo(1);
                assertThat(page(cache, searcher, first.sorted(SearchSort.TITLE)).total()).isEqualTo(1);
                assertThat(rankings).hasValue(3);
                assertThat(countings).hasValue(1);
            }
        }
    }

    private SearchResult page(RecentSearches cache, IndexSearcher searcher, SearchQuery asked) throws IOException {
        return cache.page(searcher, PUBLIC, asked, () -> {
            rankings.incrementAndGet();
            return new SearchResult(cache.counts(searcher, PUBLIC, asked, () -> {
                countings.incrementAndGet();
                return new RecentSearches.Counted(searcher.count(PUBLIC), Map.of());
            }).hits(), List.of(), Map.of());
        });
    }

    private long count(RecentSearches cache, IndexSearcher searcher, Query query) throws IOException {
        return cache.counts(searcher, query, SearchQuery.of("air").filter(Facet.TAG, "air"), () -> {
            countings.incrementAndGet();
            return new RecentSearches.Counted(searcher.count(query), Map.of());
        }).hits();
    }

    private static Document dataset(String visibility) {
        Document doc = new Document();
        doc.add(new StringField("visibility", visibility, Field.Store.NO));
        return doc;
    }

}
