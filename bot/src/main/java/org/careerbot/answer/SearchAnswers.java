package org.careerbot.answer;

import java.util.List;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;

/** Answers from retrieval when no intent fits, and the polite refusal for questions outside AI careers. */
final class SearchAnswers {
    private static final int PASSAGES = 3;
    /** The share of the question's words a passage must use to count as answering it. */
    private static final double ANSWERS = 0.5;
    private final PassageSearch search;

    SearchAnswers(PassageSearch search) {
        this.search = search;
    }

    void search(Draft d, String question) {
        List<Passage> found = search.search(question, PASSAGES);
        d.title("From the sources");
        if (found.isEmpty()) {
            d.uncovered().lead("I found nothing in the sources about that. They cover the roles of an AI team, "
                    + "the tasks of an AI project, skills and tools.");
            d.followUp("What can you do?", "help");
            return;
        }
        Passage best = found.get(0);
        d.cite(best.source());
        // a passage that shares few of the question's words is near it, not an answer to it: say so
        if (NamedOnly.in(question, best.text())) {
            d.uncovered().lead("The sources don't explain that: they only name it, in a list (" + best.about()
                    + "): " + best.snippet());
        } else if (Focus.of(question).share(best.about() + " " + best.text()) < ANSWERS) {
            d.uncovered().lead("The sources don't answer that directly. The closest they come (" + best.about()
                    + "): " + best.snippet());
        } else {
            d.lead("From the sources (" + best.about() + "): " + best.snippet());
        }
        d.section("Also in the sources", found.subList(1, found.size()).stream().map(p -> {
            d.cite(p.source());
            return p.snippet() + " (" + p.about() + ")";
        }).toList());
        d.followUp("What can you do?", "help");
    }

    void outOfScope(Draft d) {
        d.uncovered().title("That's outside what I know");
        d.lead("That's outside what my sources cover: I answer questions about AI careers (roles, the tasks of an "
                + "AI project, skills, tools, job titles, and which role fits you). Try \"What does a data scientist "
                + "do?\" or type help.");
        d.followUp("Roles", "What roles are there in an AI team?");
        d.followUp("Help", "help");
    }
}
