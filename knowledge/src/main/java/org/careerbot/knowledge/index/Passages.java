package org.careerbot.knowledge.index;

import java.util.ArrayList;
import java.util.List;

import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/** Cuts the knowledge into passages for retrieval: every fact, every subtask, every paragraph of the sources. */
final class Passages {
    private Passages() {
    }

    /** Every passage, unscored. */
    static List<Passage> of(KnowledgeBase kb) {
        List<Passage> out = new ArrayList<>();
        for (Role r : kb.roles()) {
            facts(out, r.name(), List.of(r.summary()));
            facts(out, r.name(), r.definition());
            r.tasks().forEach(t -> out.add(passage(t.text(), t.source(), r.name())));
            r.profile().forEach(p -> out.add(passage(p.text(), p.source(), r.name())));
            r.tools().forEach(g -> out.add(passage(g.text(), g.source(), r.name())));
            r.industries().forEach(i -> out.add(passage(i.name() + (i.detail() == null ? "" : " (" + i.detail() + ")"),
                    i.source(), r.name() + ": industries")));
            for (List<Fact> facts : List.of(r.skillFacts(), r.team(), r.codeStyle(), r.education(),
                    r.responsibilities(), r.outlook())) {
                facts(out, r.name(), facts);
            }
        }
        for (Task t : kb.tasks()) {
            facts(out, t.name(), List.of(t.summary()));
            facts(out, t.name(), t.description());
            facts(out, t.name(), t.skills());
            t.subtasks().forEach(s -> out.add(passage(s.name() + ": " + String.join("; ", s.examples())
                    + ". Skills involved: " + s.skillsText() + "." + (s.note() == null ? "" : " " + s.note()),
                    s.source(), t.name() + ": " + s.name())));
        }
        kb.skills().forEach(s -> {
            if (s.definition() != null) {
                facts(out, s.name(), List.of(s.definition()));
            }
            facts(out, s.name(), s.notes());
        });
        kb.topics().forEach(t -> facts(out, t.title(), t.facts()));
        kb.sectionTexts().forEach((citation, text) -> paragraphs(out, citation, text));
        return out;
    }

    private static void facts(List<Passage> out, String about, List<Fact> facts) {
        facts.forEach(f -> out.add(passage(f.label() == null ? f.text() : f.label() + ": " + f.text(), f.source(),
                about)));
    }

    /** Prose paragraphs only: headings, captions and the HTML tables (kept as subtasks above) add only noise. */
    private static void paragraphs(List<Passage> out, String citation, String text) {
        String about = citation.substring(citation.indexOf('#') + 1);
        for (String para : text.split("\\n\\s*\\n")) {
            String p = para.strip();
            boolean prose = p.length() >= 80 && !p.contains("<ul") && !p.startsWith("#") && !p.startsWith("Figure")
                    && !p.startsWith("[Figure");
            if (prose) {
                out.add(passage(p.replaceAll("\\s+", " "), citation, about));
            }
        }
    }

    private static Passage passage(String text, String source, String about) {
        return new Passage(text, text, source, about, 0f);
    }

}
