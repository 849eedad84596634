package org.careerbot.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks merged knowledge: ids, required fields, references between entries and citations. */
final class KnowledgeValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9+#.]*(-[a-z0-9+#.]+)*");
    private static final Set<String> SCOPES = Set.of("core", "some");
    /** The texts' words for a level in a skill profile, as knowledge/README.md lists them. */
    private static final Set<String> LEVELS = Set.of("solid", "outstanding", "developing", "accomplished",
            "demonstrated", "commonly used", "usually required", "varies among teams", "not needed", "required");

    private final KnowledgeBase kb;
    private final Function<String, String> roleFile;
    private final Function<String, String> taskFile;
    private final Function<String, String> skillFile;
    private final Function<String, String> toolFile;
    private final Function<String, String> topicFile;
    private final Function<String, String> synonymsFile;
    private final Function<String, String> sourceFile;
    private final List<Problem> problems = new ArrayList<>();
    private String file = "";
    private String entry = "";

    KnowledgeValidator(KnowledgeBase kb, Function<String, String> roleFile, Function<String, String> taskFile,
                       Function<String, String> skillFile, Function<String, String> toolFile,
                       Function<String, String> topicFile, Function<String, String> synonymsFile,
                       Function<String, String> sourceFile) {
        this.kb = kb;
        this.roleFile = roleFile;
        this.taskFile = taskFile;
        this.skillFile = skillFile;
        this.toolFile = toolFile;
        this.topicFile = topicFile;
        this.synonymsFile = synonymsFile;
        this.sourceFile = sourceFile;
    }

    List<Problem> validate() {
        kb.sources().forEach(this::sourceDoc);
        kb.tools().forEach(t -> {
            at(toolFile.apply(t.id()), "tool", t.id());
            required("name", t.name());
            required("kind", t.kind());
        });
        kb.skills().forEach(s -> {
            at(skillFile.apply(s.id()), "skill", s.id());
            required("name", s.name());
            if (s.definition() != null) {
                fact("definition", s.definition());
            }
            facts("notes", s.notes());
        });
        kb.tasks().forEach(this::task);
        kb.roles().forEach(this::role);
        kb.topics().forEach(t -> {
            at(topicFile.apply(t.id()), "topic", t.id());
            required("title", t.title());
            nonEmpty("facts", t.facts());
            facts("facts", t.facts());
        });
        synonyms();
        return problems;
    }

    private void task(Task t) {
        at(taskFile.apply(t.id()), "task", t.id());
        required("name", t.name());
        requiredFact("summary", t.summary());
        facts("description", t.description());
        facts("skills", t.skills());
        nonEmpty("subtasks", t.subtasks());
        for (Task.Subtask s : t.subtasks()) {
            String where = "subtask '" + s.id() + "'";
            id(where, s.id());
            required(where + " name", s.name());
            nonEmpty(where + " examples", s.examples());
            s.skills().forEach(x -> ref(where + " skill", EntityKind.SKILL, x));
            s.tools().forEach(x -> ref(where + " tool", EntityKind.TOOL, x));
            source(where, s.source());
            s.askedAs().stream().filter(a -> !a.matches("[a-z0-9]+( [a-z0-9]+)*")).forEach(a -> problem(where
                    + " asked as '" + a + "': lower-case words separated by single spaces"));
        }
        long distinct = kb.tasks().stream().flatMap(x -> x.subtasks().stream()).map(Task.Subtask::id).distinct()
                .count();
        long all = kb.tasks().stream().mapToLong(x -> x.subtasks().size()).sum();
        if (distinct != all && t == kb.tasks().iterator().next()) {
            problem("subtask ids are not unique across tasks");
        }
    }

    private void role(Role r) {
        at(roleFile.apply(r.id()), "role", r.id());
        required("name", r.name());
        requiredFact("summary", r.summary());
        facts("definition", r.definition());
        nonEmpty("tasks", r.tasks());
        if (r.variantOf() != null && (r.variantOf().equals(r.id()) || kb.role(r.variantOf()).isEmpty())) {
            problem("variantOf names an unknown role '" + r.variantOf() + "'");
        }
        for (Role.RoleTask t : r.tasks()) {
            ref("task", EntityKind.TASK, t.task());
            if (!SCOPES.contains(String.valueOf(t.scope()))) {
                problem("task '" + t.task() + "' has scope '" + t.scope() + "', expected core or some");
            }
            required("task text", t.text());
            source("task '" + t.task() + "'", t.source());
        }
        for (Role.ProfileEntry p : r.profile()) {
            required("profile area", p.area());
            required("profile level", p.level());
            if (p.level() != null && !LEVELS.contains(p.level())) {
                problem("profile level '" + p.level() + "' is not one of " + new java.util.TreeSet<>(LEVELS));
            }
            required("profile text", p.text());
            if (p.skill() != null) {
                ref("profile skill", EntityKind.SKILL, p.skill());
            }
            source("profile", p.source());
        }
        r.titles().forEach(t -> {
            required("title", t.title());
            source("title '" + t.title() + "'", t.source());
        });
        for (Role.ToolGroup g : r.tools()) {
            required("tool group", g.group());
            required("tool group text", g.text());
            g.tools().forEach(x -> ref("tool group '" + g.group() + "' tool", EntityKind.TOOL, x));
            g.tasks().forEach(x -> ref("tool group '" + g.group() + "' task", EntityKind.TASK, x));
            source("tool group '" + g.group() + "'", g.source());
        }
        r.industries().forEach(i -> {
            required("industry", i.name());
            source("industry '" + i.name() + "'", i.source());
        });
        facts("skillFacts", r.skillFacts());
        facts("team", r.team());
        facts("codeStyle", r.codeStyle());
        facts("education", r.education());
        facts("responsibilities", r.responsibilities());
        facts("outlook", r.outlook());
    }

    private void sourceDoc(SourceDoc doc) {
        at(sourceFile.apply(String.valueOf(doc.file())), "source", String.valueOf(doc.file()));
        required("file", doc.file());
        for (SourceDoc.Section s : doc.sections()) {
            required("section name", s.name());
            required("section '" + s.name() + "' start", s.start());
        }
    }

    private void synonyms() {
        for (EntityKind kind : EntityKind.values()) {
            kb.synonyms().of(kind).forEach((id, names) -> {
                at(synonymsFile.apply(kind.name() + ":" + id), kind.name().toLowerCase() + " synonyms", id);
                ref("id", kind, id);
                names.forEach(n -> required("name", n));
            });
        }
    }

    private void at(String file, String kind, String id) {
        this.file = file;
        this.entry = kind + " '" + id + "'";
        if (!"source".equals(kind)) {
            id("id", id);
        }
    }

    private void id(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            problem(what + " '" + id + "' is not an id (lower case words joined by hyphens)");
        }
    }

    private void requiredFact(String what, Fact f) {
        if (f == null) {
            problem(what + " is missing");
        } else {
            fact(what, f);
        }
    }

    private void facts(String what, List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            fact(what + "[" + i + "]", facts.get(i));
        }
    }

    private void fact(String what, Fact f) {
        required(what + " text", f.text());
        source(what, f.source());
        f.roles().forEach(x -> ref(what + " role", EntityKind.ROLE, x));
        f.tasks().forEach(x -> ref(what + " task", EntityKind.TASK, x));
        f.skills().forEach(x -> ref(what + " skill", EntityKind.SKILL, x));
        f.tools().forEach(x -> ref(what + " tool", EntityKind.TOOL, x));
    }

    private void source(String what, String citation) {
        if (citation == null || citation.isBlank()) {
            problem(what + " has no source");
            return;
        }
        int hash = citation.indexOf('#');
        String docName = hash < 0 ? citation : citation.substring(0, hash);
        String section = hash < 0 ? "" : citation.substring(hash + 1);
        kb.sources().stream().filter(d -> docName.equals(d.file())).findFirst().ifPresentOrElse(
                doc -> {
                    if (doc.sections().stream().noneMatch(s -> section.equals(s.name()))) {
                        problem(what + " cites an unknown section '" + citation + "'");
                    }
                },
                () -> problem(what + " cites an unknown source '" + citation + "'"));
    }

    private void ref(String what, EntityKind kind, String id) {
        if (id == null) {
            problem(what + " is missing");
        } else if (!kb.ids(kind).contains(id)) {
            problem(what + " '" + id + "' does not exist");
        }
    }

    private void required(String what, String value) {
        if (value == null || value.isBlank()) {
            problem(what + " is missing or empty");
        }
    }

    private void nonEmpty(String what, Collection<?> list) {
        if (list.isEmpty()) {
            problem(what + " is empty");
        }
    }

    private void problem(String message) {
        problems.add(new Problem(file, entry, message));
    }
}
