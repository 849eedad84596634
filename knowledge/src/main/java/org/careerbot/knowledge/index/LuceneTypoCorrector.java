package org.careerbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Corrects misspelt words against a vocabulary with Lucene's {@link DirectSpellChecker} (edit distance with
 * transpositions). Short words and words with digits are left alone: too many real words lie one edit apart.
 * Answers are cached, since chat repeats the same few misspellings.
 */
public final class LuceneTypoCorrector implements TypoCorrector {
    private static final String FIELD = "w";
    private static final int CACHE_LIMIT = 50_000;
    /** How many suggestions are weighed when several are as close. */
    private static final int TIED = 5;

    private final Set<String> vocabulary;
    private final DirectoryReader reader;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    /** A corrector for words of this vocabulary (lower case). */
    public LuceneTypoCorrector(Collection<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.reader = index(this.vocabulary);
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(4);
        checker.setMaxEdits(edits);
        checker.setAccuracy(0.7f);
        return checker;
    }

    @Override
    public String correct(String word) {
        if (word.length() < 4 || vocabulary.contains(word) || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        String known = cache.get(word);
        if (known != null) {
            return known;
        }
        String corrected = lookUp(word);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear(); // bounded: hostile input must not grow memory without end
        }
        cache.put(word, corrected);
        return corrected;
    }

    private String lookUp(String word) {
        // one edit for short words, two only for long ones: "skils" -> "skills", "sceintist" -> "scientist"
        DirectSpellChecker checker = word.length() >= 7 ? twoEdits : oneEdit;
        try {
            SuggestWord[] found = checker.suggestSimilar(new Term(FIELD, word), TIED, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (found.length == 0) {
                return word;
            }
            // of words as close, the one that ends as the typed word does: people rarely mistype an ending
            // ("scienst" is "scientist" rather than "science")
            for (SuggestWord s : found) {
                if (s.score < found[0].score - 1e-6f) {
                    break;
                }
                if (s.string.charAt(s.string.length() - 1) == word.charAt(word.length() - 1)) {
                    return s.string;
                }
            }
            return found[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectoryReader index(Set<String> words) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String w : words) {
                Document doc = new Document();
                doc.add(new StringField(FIELD, w, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
