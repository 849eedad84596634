package org.careerbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.Problem;
import org.careerbot.knowledge.index.LucenePassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code knowledge}: a summary of the loaded knowledge, all of it as JSON, or a check of a content directory. */
@Command(name = "knowledge", description = "Summarise the knowledge, print it as JSON, or check a content directory.")
final class KnowledgeCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the whole loaded knowledge as one JSON document.")
    boolean json;

    @Option(names = "--check", paramLabel = "DIR", description = "Validate a content directory; exit 1 on errors.")
    Path check;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (check != null) {
            List<Problem> problems = KnowledgeLoader.check(check);
            problems.forEach(p -> System.err.println(p));
            out.println(problems.isEmpty() ? check + ": valid" : check + ": " + problems.size() + " problem(s)");
            return problems.isEmpty() ? 0 : 1;
        }
        KnowledgeBase kb = KnowledgeLoader.load(main.contentDir());
        if (json) {
            out.println(write(document(kb)));
            return 0;
        }
        out.printf("roles: %d%ntasks: %d%nsubtasks: %d%nskills: %d%ntools: %d%ntopics: %d%nsources: %d"
                        + "%nsections: %d%npassages: %d%n",
                kb.roles().size(), kb.tasks().size(), kb.tasks().stream().mapToInt(t -> t.subtasks().size()).sum(),
                kb.skills().size(), kb.tools().size(), kb.topics().size(), kb.sources().size(),
                kb.sectionTexts().size(), new LucenePassageIndex(kb).size());
        return 0;
    }

    private static Map<String, Object> document(KnowledgeBase kb) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("roles", kb.roles());
        doc.put("tasks", kb.tasks());
        doc.put("skills", kb.skills());
        doc.put("tools", kb.tools());
        doc.put("topics", kb.topics());
        doc.put("synonyms", kb.synonyms());
        doc.put("sources", kb.sources());
        return doc;
    }

    private static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
