package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
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

class HitCountCacheTest {

    private static final Query PUBLIC = new TermQuery(new Term("visibility", "PUBLIC"));

    private final AtomicInteger countings = new AtomicInteger();

    @Test
    void theSameSearchOnTheSameSearcherIsCountedOnceAndAChangedIndexIsCountedAfresh() throws IOException {
        HitCountCache cache = new HitCountCache(8);
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
                count(HitCountCache.NONE, searcher, PUBLIC);
                count(HitCountCache.NONE, searcher, PUBLIC);
                assertThat(countings).hasValue(2);
            }
        }
    }

    private long count(HitCountCache cache, IndexSearcher searcher, Query query) throws IOException {
        return cache.get(searcher, query, Map.of(Facet.TAG, Set.of("air")), () -> {
            countings.incrementAndGet();
            return new HitCountCache.Counted(searcher.count(query), Map.of());
        }).hits();
    }

    private static Document dataset(String visibility) {
        Document doc = new Document();
        doc.add(new StringField("visibility", visibility, Field.Store.NO));
        return doc;
    }

}
