package org.careerbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Loads and initialises Lucene's classes by building and searching a one-document index, so that start-up can do
 * it on a second thread while the knowledge is read. Callers must wait for it to finish before building any other
 * index: Lucene's classes initialised from two threads at once can deadlock.
 */
public final class LuceneWarmUp {
    private LuceneWarmUp() {
    }

    /** Builds, searches and spell-checks a tiny index, then throws it away. */
    public static void run() {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("text", "data scientists prepare data", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                new IndexSearcher(reader).search(new TermQuery(new Term("text", "data")), 1);
                new DirectSpellChecker().suggestSimilar(new Term("text", "dato"), 1, reader);
            }
            new KeywordAnalyzer().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
