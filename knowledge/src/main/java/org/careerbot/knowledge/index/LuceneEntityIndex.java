package org.careerbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;

/**
 * Entity linking over every name of every entity. Questions are matched word for word against the name table
 * (longest name first, word order tolerated for names of several words); the Lucene index of the same names serves
 * suggestions for partial, misspelt input, as autocomplete needs.
 */
public final class LuceneEntityIndex implements EntityFinder {
    /** Autocomplete input longer than any name is cut: Lucene's automata refuse very long terms. */
    private static final int MAX_TYPED = 200;
    private static final int MAX_WORD = 40;
    private static final int MAX_WORDS = 8;

    private final NameTable names;
    private final IndexSearcher searcher;

    /** Indexes every name in the knowledge. */
    public LuceneEntityIndex(KnowledgeBase kb) {
        this.names = new NameTable(kb);
        this.searcher = new IndexSearcher(index(names.all()));
    }

    /** Every word of every entity name, for spelling correction. */
    public Set<String> vocabulary() {
        return names.words();
    }

    @Override
    public List<Mention> find(List<String> surface) {
        List<String> words = surface.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Mention m = longestAt(words, surface, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Mention longestAt(List<String> words, List<String> surface, int i) {
        // most words of a question belong to no name: spans over them are not looked up
        for (int len = Math.min(names.longest(), names.knownRun(words, i)); len >= 1; len--) {
            List<String> span = words.subList(i, i + len);
            List<Name> found = names.exact(String.join(" ", span));
            if (len == 1 && span.get(0).length() == 1 && !isUpperCase(surface.get(i))) {
                found = List.of(); // a lone lower-case letter ("i", "a", "r") is a word, not the R language
            }
            if (found.isEmpty() && len > 1) {
                found = names.anyOrder(span);
            }
            if (!found.isEmpty()) {
                return resolve(found, i, i + len);
            }
        }
        return null;
    }

    /** A role's own name beats a title; titles shared by several roles stay ambiguous. */
    private static Mention resolve(List<Name> found, int start, int end) {
        List<Name> own = found.stream().filter(n -> !n.title()).toList();
        if (!own.isEmpty()) {
            EntityKind kind = own.stream().map(Name::kind).min(Enum::compareTo).orElseThrow();
            List<Name> ofKind = own.stream().filter(n -> n.kind() == kind).toList();
            return new Mention(kind, ids(ofKind), start, end, ofKind.get(0).text(), false);
        }
        return new Mention(EntityKind.ROLE, ids(found), start, end, found.get(0).text(), true);
    }

    private static List<String> ids(List<Name> names) {
        return List.copyOf(new LinkedHashSet<>(names.stream().map(Name::id).toList()));
    }

    private static boolean isUpperCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    @Override
    public List<String> suggest(EntityKind kind, String typed, int max) {
        if (max <= 0) {
            return List.of();
        }
        String input = typed == null ? "" : typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        List<String> words = Tokens.of(input).stream().map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .limit(MAX_WORDS).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("kind", kind.name())), BooleanClause.Occur.FILTER);
        if (!words.isEmpty()) {
            BooleanQuery.Builder match = new BooleanQuery.Builder();
            match.add(new BoostQuery(new PrefixQuery(new Term("key", String.join(" ", words))), 4f),
                    BooleanClause.Occur.SHOULD);
            for (String w : words) {
                match.add(new BoostQuery(new PrefixQuery(new Term("words", w)), 2f), BooleanClause.Occur.SHOULD);
                match.add(new FuzzyQuery(new Term("words", w), w.length() >= 5 ? 2 : 1), BooleanClause.Occur.SHOULD);
            }
            query.add(match.build(), BooleanClause.Occur.MUST);
        }
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc hit : searcher.search(query.build(), 200).scoreDocs) {
                if (ids.size() >= max) {
                    break;
                }
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectoryReader index(List<Name> all) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (Name n : all) {
                String key = Tokens.key(n.text());
                Document doc = new Document();
                doc.add(new StringField("kind", n.kind().name(), Field.Store.NO));
                doc.add(new StringField("id", n.id(), Field.Store.YES));
                doc.add(new StringField("key", key, Field.Store.NO));
                doc.add(new TextField("words", key, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
