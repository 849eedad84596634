package org.careerbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careerbot.knowledge.KnowledgeBase;

/**
 * BM25 retrieval over every passage of the knowledge (English stemming), with the best-matching fragment of long
 * passages picked by Lucene's highlighter. The question's words are analysed into terms, never parsed, so query
 * syntax in user input ({@code title:* AND (}) is searched as words, never interpreted.
 */
public final class LucenePassageIndex implements PassageSearch {
    private static final int MAX_QUERY_CHARS = 2_000;
    private static final int SNIPPET_CHARS = 320;
    private static final int MAX_SNIPPET_CHARS = 400;
    private static final int MAX_HITS = 100;
    private static final int MAX_TERMS = 200;
    /** How many passages a ranking keeps: as many as any answer uses. */
    private static final int RANKED = 12;
    private static final ThreadLocal<Map<String, Ranked>> RECENT = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Ranked> eldest) {
                    return size() > 4;
                }
            });

    private final Analyzer analyzer = new EnglishAnalyzer(SearchWords.charArraySet());
    private final IndexSearcher searcher;
    /** The passages by document number: the index is one segment, so hits map back without stored fields. */
    private final List<Passage> passages;
    /** Each passage's text in lower case, by document number: how a ranking tells passages said twice apart. */
    private final List<String> lowered;

    /** Indexes every passage of the knowledge. */
    public LucenePassageIndex(KnowledgeBase kb) {
        this.passages = List.copyOf(Passages.of(kb));
        this.lowered = passages.stream().map(p -> p.text().toLowerCase(java.util.Locale.ROOT)).toList();
        this.searcher = new IndexSearcher(index(passages));
    }

    /** How many passages are indexed. */
    public int size() {
        return passages.size();
    }

    @Override
    public List<Passage> search(String text, int max) {
        return hits(text, max, true);
    }

    @Override
    public List<Passage> find(String text, int max) {
        return hits(text, max, false);
    }

    private List<Passage> hits(String text, int wanted, boolean snippets) {
        int max = Math.min(wanted, MAX_HITS);
        if (max <= 0) {
            return List.of();
        }
        Ranked ranked = ranked(text, max);
        List<Passage> out = new ArrayList<>();
        for (Passage p : ranked.passages().subList(0, Math.min(max, ranked.passages().size()))) {
            out.add(snippets ? new Passage(p.text(), snippet(ranked.query(), p.text()), p.source(), p.about(),
                    p.score()) : p);
        }
        return out;
    }

    /**
     * The distinct passages ranked for a text, at least {@code max} of them when there are. The last few
     * rankings are kept per thread: one answer often searches its question several times (to understand it,
     * then to answer it), and the repeats cost nothing.
     */
    private Ranked ranked(String text, int max) {
        Map<String, Ranked> recent = RECENT.get();
        Ranked known = recent.get(text);
        if (known != null && (known.passages().size() >= max || known.complete())) {
            return known;
        }
        Ranked ranked = rank(text, Math.max(max, RANKED));
        recent.put(text, ranked);
        return ranked;
    }

    private Ranked rank(String text, int max) {
        String cut = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
        try {
            Query query = query(cut);
            List<Passage> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            ScoreDoc[] hits = searcher.search(query, max * 4).scoreDocs;
            for (ScoreDoc hit : hits) {
                Passage p = passages.get(hit.doc);
                if (out.size() < max && seen.add(lowered.get(hit.doc))) {
                    out.add(new Passage(p.text(), p.text(), p.source(), p.about(), hit.score));
                }
            }
            return new Ranked(query, out, hits.length < max * 4);
        } catch (IndexSearcher.TooManyClauses e) {
            return new Ranked(null, List.of(), true); // nothing searchable in the input: no passage matches
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of the text, analysed as the passages were, as one "any of these" query. Built from the analyser's
     * terms rather than parsed, so nothing in user input is ever read as query syntax.
     */
    private Query query(String text) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        }
        terms.forEach(t -> any.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Passages ranked for a query; {@code complete} when no more passages match. */
    private record Ranked(Query query, List<Passage> passages, boolean complete) {
    }

    @Override
    public int frequency(String word) {
        try {
            Query query = query(word);
            return query instanceof BooleanQuery any && any.clauses().size() == 1
                    && any.clauses().get(0).getQuery() instanceof TermQuery term
                    ? searcher.getIndexReader().docFreq(term.getTerm()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private String snippet(Query query, String body) {
        if (body.length() <= SNIPPET_CHARS) {
            return body;
        }
        QueryScorer scorer = new QueryScorer(query, "text");
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("", ""), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
        try {
            String best = highlighter.getBestFragment(analyzer, "text", body);
            String fragment = best == null ? body.substring(0, SNIPPET_CHARS) : best.strip();
            if (fragment.length() > MAX_SNIPPET_CHARS - 2) {
                // the span fragmenter keeps a short tail in its fragment: cut at a word to stay readable
                int cut = fragment.lastIndexOf(' ', MAX_SNIPPET_CHARS - 2);
                fragment = fragment.substring(0, cut > 0 ? cut : MAX_SNIPPET_CHARS - 2);
            }
            return (body.startsWith(fragment) ? "" : "…") + fragment + "…";
        } catch (InvalidTokenOffsetsException e) {
            return body.substring(0, SNIPPET_CHARS) + "…";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DirectoryReader index(List<Passage> passages) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
                .setMergePolicy(new org.apache.lucene.index.LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new TextField("text", p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.leaves().size() != 1 || reader.maxDoc() != passages.size()) {
                throw new IllegalStateException("the passage index must be one segment in insertion order");
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
