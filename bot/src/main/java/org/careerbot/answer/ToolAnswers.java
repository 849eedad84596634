package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Tool;

/** Answers about a tool: which roles use it, for what, and the work whose examples name it. */
final class ToolAnswers {
    private final KnowledgeBase kb;

    ToolAnswers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Two or more tools, as in "PyTorch or TensorFlow?": who uses each, for what. The sources rank no tool above
     * another, and the lead says so.
     */
    void choose(Draft d, List<Tool> tools) {
        d.title(Words.and(tools.stream().map(Tool::name).toList()));
        List<String> lines = tools.stream().map(t -> summary(d, t)).toList();
        d.lead("The sources don't rank " + Words.or(tools.stream().map(Tool::name).toList())
                + " against each other. " + lines.get(0));
        d.section("Who uses each", lines.subList(1, lines.size()));
        tools.forEach(t -> d.followUp("Who uses " + t.name(), "Who uses " + t.name() + "?"));
    }

    /** Several tools asked about together ("what are Hadoop and Hive used for?"): each in one sentence. */
    void several(Draft d, List<Tool> tools) {
        d.title(Words.and(tools.stream().map(Tool::name).toList()));
        d.lead(String.join(" ", tools.stream().map(t -> summary(d, t)).toList()));
        tools.forEach(t -> d.followUp("Who uses " + t.name(), "Who uses " + t.name() + "?"));
    }

    /** Who uses a tool and for what, in one sentence; where no role lists it, the work the sources name it in. */
    String summary(Draft d, Tool tool) {
        List<String> roleNames = kb.roles().stream().filter(r -> r.toolIds().contains(tool.id()))
                .map(r -> Words.lower(r.name())).toList();
        kb.roles().stream().flatMap(r -> r.tools().stream()).filter(g -> g.tools().contains(tool.id()))
                .forEach(g -> d.cite(g.source()));
        // the tasks the tool is used for, once each ("deployment" and "deployment and AI infrastructure" overlap)
        List<String> groups = kb.roles().stream().flatMap(r -> r.tools().stream())
                .filter(g -> g.tools().contains(tool.id())).flatMap(g -> g.tasks().stream()).distinct()
                .map(t -> kb.task(t).map(x -> Words.lower(x.name())).orElse(t)).toList();
        if (!roleNames.isEmpty()) {
            return tool.name() + " is used by the " + Words.and(roleNames)
                    + (groups.isEmpty() ? "" : ", for " + Words.and(groups)) + ".";
        }
        List<String> tasks = kb.tasks().stream().filter(t -> t.skills().stream()
                .anyMatch(f -> f.tools().contains(tool.id())) || t.subtasks().stream()
                .anyMatch(s -> s.examples().stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT)
                        .contains(tool.name().toLowerCase(java.util.Locale.ROOT)))))
                .map(t -> {
                    t.skills().stream().filter(f -> f.tools().contains(tool.id())).forEach(f -> d.cite(f.source()));
                    return Words.lower(t.name());
                }).toList();
        return tasks.isEmpty() ? "No role's tool list names " + tool.name() + "."
                : "The sources name " + tool.name() + " in " + Words.and(tasks) + ", but in no role's tool list.";
    }

    void roles(Draft d, Tool tool) {
        d.title(tool.name() + " in AI work");
        List<String> users = new ArrayList<>();
        for (Role r : kb.roles()) {
            r.tools().stream().filter(g -> g.tools().contains(tool.id())).forEach(g -> users.add(r.name() + ", for "
                    + Words.lower(g.group()) + ": " + RoleAnswers.cite(d, g.text(), g.source())));
        }
        List<String> work = kb.subtasksUsing(tool.id()).stream().map(e -> {
            d.cite(e.getValue().source());
            String examples = String.join("; ", e.getValue().examples().stream()
                    .filter(x -> x.toLowerCase().contains(tool.name().toLowerCase())).toList());
            return e.getValue().name() + " (" + Words.lower(e.getKey().name()) + ")"
                    + (examples.isEmpty() ? "" : ": " + examples);
        }).toList();
        List<String> mentions = new ArrayList<>();
        kb.tasks().forEach(t -> t.skills().stream().filter(f -> f.tools().contains(tool.id()))
                .forEach(f -> mentions.add(t.name() + ": " + d.use(f))));
        boolean listed = kb.roles().stream().anyMatch(r -> r.toolIds().contains(tool.id()));
        String inWork = kb.subtasksUsing(tool.id()).stream().map(e -> Words.lower(e.getValue().name())).distinct()
                .limit(3).toList().stream().reduce((a, b) -> a + ", " + b).orElse("");
        d.lead(listed || inWork.isEmpty() ? summary(d, tool)
                : "No role's tool list names " + tool.name() + "; the sources name it in " + inWork + ".");
        d.section("Work where the sources name it", work);
        d.section("Who uses it", users);
        d.section("Tasks that use it", mentions);
    }
}
