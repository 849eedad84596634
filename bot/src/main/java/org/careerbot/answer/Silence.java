package org.careerbot.answer;

import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/** What to say where the sources are silent: say so plainly, then give the nearest thing they do say. */
final class Silence {
    private final KnowledgeBase kb;

    Silence(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** "The sources don't say ..." for one role and one subject. */
    String about(Role r, String subject) {
        return "The sources don't say anything about the " + subject + " of the " + Words.lower(r.name())
                + ". Here is what they do say about the role.";
    }

    /** The role's summary and profile, and the advice on further education, as the nearest known facts. */
    void nearest(Draft d, Role r) {
        d.section("What the sources do say", java.util.List.of(d.use(r.summary())));
        d.section("Its skill profile", r.profile().stream().map(p -> RoleAnswers.cite(d, p.text(), p.source()))
                .toList());
        kb.topic("career-tips").ifPresent(t -> d.facts("Related advice", t.facts().stream()
                .filter(f -> (f.label() + " " + f.text()).toLowerCase(java.util.Locale.ROOT).contains("education")
                        || f.text().toLowerCase(java.util.Locale.ROOT).contains("degree"))
                .toList()));
        d.section("Roles whose education and industries the sources describe", kb.roles().stream()
                .filter(o -> !o.education().isEmpty()).map(o -> o.name()).toList());
    }
}
