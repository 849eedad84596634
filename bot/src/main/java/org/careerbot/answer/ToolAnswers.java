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
        List<String> roleNames = kb.roles().stream().filter(r -> r.toolIds().contains(tool.id()))
                .map(r -> Words.lower(r.name())).toList();
        d.lead(roleNames.isEmpty() ? "No role's tool list names " + tool.name() + "; the sources mention it in the "
                + "work below." : tool.name() + " is used by the " + Words.and(roleNames) + ".");
        d.section("Who uses it", users);
        d.section("Work where the sources name it", work);
        d.section("Tasks that use it", mentions);
    }
}
