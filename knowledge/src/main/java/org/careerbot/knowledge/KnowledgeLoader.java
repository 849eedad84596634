package org.careerbot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the built-in knowledge files, and optionally a content directory that adds to or overrides them, then
 * validates the whole. Either everything loads or a {@link KnowledgeException} names every problem: the bot never
 * starts half-loaded.
 */
public final class KnowledgeLoader {
    private static final String BUILT_IN = "knowledge/";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private final List<Problem> problems = new ArrayList<>();
    private final Origin<Role> roles = new Origin<>("role", Role::id);
    private final Origin<Task> tasks = new Origin<>("task", Task::id);
    private final Origin<Skill> skills = new Origin<>("skill", Skill::id);
    private final Origin<Tool> tools = new Origin<>("tool", Tool::id);
    private final Origin<Topic> topics = new Origin<>("topic", Topic::id);
    private final Origin<SourceDoc> sources = new Origin<>("source", SourceDoc::file);
    private final Map<String, String> sectionTexts = new LinkedHashMap<>();
    private Synonyms synonyms = Synonyms.none();
    /** Which file last named synonyms for an entity ({@code KIND:id}), so that problems can name it. */
    private final Map<String, String> synonymFiles = new LinkedHashMap<>();
    /** The content directory being read, or null while the built-in files are. */
    private ContentDirectory content;

    private KnowledgeLoader() {
    }

    /** The built-in knowledge only. */
    public static KnowledgeBase loadBuiltIn() {
        return load(null);
    }

    /**
     * The built-in knowledge with a content directory's files merged in.
     *
     * @param contentDir a directory holding any of the knowledge files, or null for none
     * @throws KnowledgeException naming every problem found
     */
    public static KnowledgeBase load(Path contentDir) {
        KnowledgeLoader loader = new KnowledgeLoader();
        loader.readAll(null);
        if (contentDir != null) {
            loader.content = ContentDirectory.open(contentDir, loader.problems)
                    .orElseThrow(() -> new KnowledgeException(loader.problems));
            loader.readAll(contentDir);
        }
        return loader.build();
    }

    /** The problems of a content directory merged over the built-in knowledge; empty when it is valid. */
    public static List<Problem> check(Path contentDir) {
        try {
            load(contentDir);
            return List.of();
        } catch (KnowledgeException e) {
            return e.problems();
        }
    }

    private void readAll(Path dir) {
        read(dir, "sources.json", SourceDoc.class).ifPresent(list -> {
            sources.add(list, name(dir, "sources.json"));
            list.forEach(doc -> readText(dir, doc));
        });
        read(dir, "tools.json", Tool.class).ifPresent(list -> tools.add(list, name(dir, "tools.json")));
        read(dir, "skills.json", Skill.class).ifPresent(list -> skills.add(list, name(dir, "skills.json")));
        read(dir, "tasks.json", Task.class).ifPresent(list -> tasks.add(list, name(dir, "tasks.json")));
        read(dir, "roles.json", Role.class).ifPresent(list -> roles.add(list, name(dir, "roles.json")));
        read(dir, "topics.json", Topic.class).ifPresent(list -> topics.add(list, name(dir, "topics.json")));
        readOne(dir, "synonyms.json", Synonyms.class).ifPresent(s -> {
            synonyms = synonyms.merge(s);
            for (EntityKind kind : EntityKind.values()) {
                s.of(kind).keySet().forEach(id -> synonymFiles.put(kind.name() + ":" + id, name(dir, "synonyms.json")));
            }
        });
    }

    private KnowledgeBase build() {
        List.of(roles, tasks, skills, tools, topics, sources).forEach(o -> problems.addAll(o.problems()));
        KnowledgeBase kb = new KnowledgeBase(roles.entries(), tasks.entries(), skills.entries(), tools.entries(),
                topics.entries(), sources.entries(), synonyms, sectionTexts);
        problems.addAll(new KnowledgeValidator(kb, roles::fileOf, tasks::fileOf, skills::fileOf, tools::fileOf,
                topics::fileOf, key -> synonymFiles.getOrDefault(key, "synonyms.json"), sources::fileOf).validate());
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return kb;
    }

    private void readText(Path dir, SourceDoc doc) {
        String file = name(dir, "sources.json");
        if (doc == null || doc.file() == null || doc.sections().stream().anyMatch(s -> s.start() == null)) {
            return; // the validator names what is missing
        }
        try {
            Optional<String> text = dir == null ? builtIn("sources/" + doc.file()) : content.readSource(doc.file());
            // a content directory may cite documents it does not ship (a URL, a handbook): no sections text then
            text.ifPresent(t -> sectionTexts.putAll(SourceTexts.sections(doc, t, file, problems)));
            if (text.isEmpty() && dir == null) {
                problems.add(new Problem(file, "source '" + doc.file() + "'", "the text is missing"));
            }
        } catch (ContentDirectory.Refused e) {
            problems.add(new Problem(file, "source '" + doc.file() + "'",
                    "its text " + ContentDirectory.SOURCES + "/" + doc.file() + " " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, "source '" + doc.file() + "'", "cannot read the text: " + e.getMessage()));
        }
    }

    private <T> Optional<List<T>> read(Path dir, String fileName, Class<T> type) {
        JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
        return parse(dir, fileName, listType);
    }

    private <T> Optional<T> readOne(Path dir, String fileName, Class<T> type) {
        return parse(dir, fileName, JSON.getTypeFactory().constructType(type));
    }

    private <T> Optional<T> parse(Path dir, String fileName, JavaType type) {
        try {
            Optional<String> text = readString(dir, fileName);
            if (text.isEmpty()) {
                if (dir == null) {
                    problems.add(new Problem(name(null, fileName), "", "built-in file is missing"));
                }
                return Optional.empty();
            }
            T value = JSON.readValue(text.get(), type);
            if (value == null) {
                problems.add(new Problem(name(dir, fileName), "", "the file is empty"));
            }
            return Optional.ofNullable(value);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name(dir, fileName), "", "not valid: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (ContentDirectory.Refused e) {
            problems.add(new Problem(name(dir, fileName), "", e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name(dir, fileName), "", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private Optional<String> readString(Path dir, String fileName) throws IOException {
        return dir == null ? builtIn(fileName) : content.read(fileName);
    }

    private static Optional<String> builtIn(String fileName) throws IOException {
        try (InputStream in = KnowledgeLoader.class.getClassLoader().getResourceAsStream(BUILT_IN + fileName)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String name(Path dir, String fileName) {
        return dir == null ? "built-in " + fileName : dir.resolve(fileName).toString();
    }
}
