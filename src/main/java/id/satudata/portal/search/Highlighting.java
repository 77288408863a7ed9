package id.satudata.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * Marks the words a query looks for in the titles and descriptions of one page of hits.
 * The texts are short, so each is analysed again with its field's analyzer and a word is
 * marked when its indexed form is a term (or matches a prefix) the query looks for in
 * that field; words the query excludes are not marked. The title is marked whole, and a
 * short description; of a long one, the (at most two) sentences with most marks.
 */
final class Highlighting {

    private static final int SNIPPET = 240;

    private static final String ELLIPSIS = " … ";

    private final Analyzer analyzer;

    private final Map<String, Set<BytesRef>> terms = new HashMap<>();

    private final Map<String, List<ByteRunAutomaton>> prefixes = new HashMap<>();

    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);

    /** A marked word: where it starts and ends in the text. */
    private record Mark(int start, int end) {
    }

    /** A sentence and the marks in it. */
    private record Sentence(int start, int end, List<Mark> marks) {
    }

    Highlighting(Query query, Analyzer analyzer) {
        this.analyzer = analyzer;
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term term : found) {
                    terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.bytes());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                prefixes.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }

    /** The title, escaped, its matching words marked; null if none matches. */
    @Nullable String title(String text) {
        // the stemmed words, and the whole words a typo matched (title_words)
        TreeMap<Integer, Mark> marks = new TreeMap<>();
        for (String field : List.of(IndexSchema.TITLE, IndexSchema.TITLE_WORDS)) {
            marks(field, text).forEach(mark -> marks.putIfAbsent(mark.start(), mark));
        }
        return marks.isEmpty() ? null : marked(text, 0, text.length(), List.copyOf(marks.values()));
    }

    /**
     * The description (if short) or its sentences with most matching words, escaped and
     * marked, joined by an ellipsis; null if no word matches.
     */
    @Nullable String snippet(String text) {
        List<Mark> marks = marks(IndexSchema.DESCRIPTION, text);
        if (marks.isEmpty()) {
            return null;
        }
        if (text.length() <= SNIPPET) {
            return marked(text, 0, text.length(), marks);
        }
        List<Sentence> all = sentences(text, marks);
        List<Sentence> best = all.stream()
            .filter(s -> !s.marks().isEmpty())
            .sorted(Comparator.comparingInt((Sentence s) -> -s.marks().size()).thenComparingInt(Sentence::start))
            .limit(2)
            .sorted(Comparator.comparingInt(Sentence::start))
            .toList();
        StringBuilder out = new StringBuilder();
        for (Sentence sentence : best) {
            if (!out.isEmpty()) {
                out.append(ELLIPSIS);
            }
            out.append(shortened(text, sentence));
        }
        return out.toString();
    }

    private List<Mark> marks(String field, String text) {
        Set<BytesRef> wanted = terms.getOrDefault(field, Set.of());
        List<ByteRunAutomaton> patterns = prefixes.getOrDefault(field, List.of());
        List<Mark> marks = new ArrayList<>();
        if (wanted.isEmpty() && patterns.isEmpty()) {
            return marks;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                BytesRef bytes = term.getBytesRef();
                if (wanted.contains(bytes)
                        || patterns.stream().anyMatch(p -> p.run(bytes.bytes, bytes.offset, bytes.length))) {
                    marks.add(new Mark(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marks;
    }

    private List<Sentence> sentences(String text, List<Mark> marks) {
        sentences.setText(text);
        List<Sentence> found = new ArrayList<>();
        int next = 0;
        for (int start = sentences.first(),
                end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            List<Mark> inside = new ArrayList<>();
            while (next < marks.size() && marks.get(next).start() < end) {
                inside.add(marks.get(next++));
            }
            found.add(new Sentence(start, end, inside));
        }
        return found;
    }

    /** The sentence, or a window of it around its first mark when it is long. */
    private static String shortened(String text, Sentence sentence) {
        int start = sentence.start();
        int end = sentence.end();
        if (end - start > SNIPPET) {
            int first = sentence.marks().getFirst().start();
            start = Math.max(start, text.lastIndexOf(' ', Math.max(start, first - SNIPPET / 4)) + 1);
            int cut = text.lastIndexOf(' ', start + SNIPPET);
            end = cut > first ? cut : Math.min(end, start + SNIPPET);
        }
        int from = start;
        int to = end;
        List<Mark> inside = sentence.marks().stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        String marked = marked(text, from, to, inside).strip();
        return (from > sentence.start() ? "… " : "") + marked + (to < sentence.end() ? " …" : "");
    }

    private static String marked(String text, int from, int to, List<Mark> marks) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Mark mark : marks) {
            out.append(Html.escape(text.substring(at, mark.start())))
                .append("<mark>")
                .append(Html.escape(text.substring(mark.start(), mark.end())))
                .append("</mark>");
            at = mark.end();
        }
        return out.append(Html.escape(text.substring(at, to))).toString();
    }

}
