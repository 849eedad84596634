package org.careerbot.answer;

import java.util.List;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;

/** Answers from retrieval when no intent fits, and the polite refusal for questions outside AI careers. */
final class SearchAnswers {
    private static final int PASSAGES = 3;
    private final PassageSearch search;

    SearchAnswers(PassageSearch search) {
        this.search = search;
    }

    void search(Draft d, String question, boolean unsupported) {
        List<Passage> found = search.search(question, PASSAGES);
        d.title("From the sources");
        String lead = unsupported ? "The sources don't cover that. " : "";
        d.lead(lead + (found.isEmpty() ? "I found nothing in the sources about that."
                : "Here are the passages of the sources closest to your question:"));
        d.section("Passages", found.stream().map(p -> {
            d.cite(p.source());
            return p.snippet() + " (" + p.about() + ")";
        }).toList());
        d.followUp("What can you do?", "help");
    }

    void outOfScope(Draft d) {
        d.title("That's outside what I know");
        d.lead("I only answer questions about AI careers: roles, the tasks of an AI project, skills, tools, job "
                + "titles, and which role fits you, from the sources I cite. Try \"What does a data scientist do?\" "
                + "or type help.");
        d.followUp("Roles", "What roles are there in an AI team?");
        d.followUp("Help", "help");
    }
}
