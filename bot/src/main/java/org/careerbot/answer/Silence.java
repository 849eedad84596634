package org.careerbot.answer;

import java.util.List;
import java.util.Locale;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/** What to say where the sources are silent: say so plainly, name what is missing, then what they do say. */
final class Silence {
    private final KnowledgeBase kb;

    Silence(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** "The sources don't say ..." for one role and one subject. */
    String about(Role r, String subject) {
        return "The sources don't say anything about the " + subject + " of the " + Words.lower(r.name()) + ".";
    }

    /** Which roles the sources do give an education for, and what. */
    String educationKnown(Draft d) {
        List<String> known = kb.roles().stream().filter(o -> !o.education().isEmpty())
                .map(o -> "the " + Words.lower(o.name()) + " (" + shortened(d.use(o.education().get(0))) + ")")
                .toList();
        return known.isEmpty() ? "" : "The sources describe degrees only for " + Words.and(known) + ".";
    }

    /** Which roles the sources do name industries for. */
    String industriesKnown(Draft d) {
        List<String> known = kb.roles().stream().filter(o -> !o.industries().isEmpty())
                .map(o -> "the " + Words.lower(o.name()) + " (" + Words.and(o.industries().stream()
                        .map(i -> RoleAnswers.cite(d, Words.lower(i.name()), i.source())).toList()) + ")").toList();
        return known.isEmpty() ? "" : "They name industries only for " + Words.and(known) + ".";
    }

    /** The sources' advice on further education, as a sentence. */
    String furtherEducationLine(Draft d) {
        return kb.topic("career-tips").flatMap(t -> t.facts().stream().filter(f -> mentions(f, "master"))
                .findFirst()).map(f -> "Their advice: " + Words.lower(RoleAnswers.cite(d, f.text(), f.source())))
                .orElse("");
    }

    /** The sources' advice on further education, as a section. */
    void furtherEducation(Draft d) {
        kb.topic("career-tips").ifPresent(t -> d.facts("On further education", t.facts().stream()
                .filter(f -> mentions(f, "education") || mentions(f, "degree") || mentions(f, "master"))
                .toList()));
    }

    private static boolean mentions(Fact f, String word) {
        return ((f.label() == null ? "" : f.label()) + " " + f.text()).toLowerCase(Locale.ROOT).contains(word);
    }

    /** "Deep learning engineers typically hold a Master's or Ph.D. in ..." becomes "typically a Master's ...". */
    private static String shortened(String education) {
        java.util.regex.Matcher m = DEGREE.matcher(education);
        return m.find() ? (m.group(1) == null ? "" : m.group(1) + " ") + m.group(2) : education;
    }

    private static final java.util.regex.Pattern DEGREE =
            java.util.regex.Pattern.compile("(typically|usually)? ?(?:holds?|ha(?:ve|s)) (.*?)\\.?$");
}
