package org.careerbot.answer;

import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.Task;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.WorkFinder;

/** Answers from retrieval when no intent fits, and the polite refusal for questions outside AI careers. */
final class SearchAnswers {
    private static final int PASSAGES = 3;
    /** The share of the question's words a passage must use to count as answering it. */
    private static final double ANSWERS = 0.5;
    private final PassageSearch search;
    private final WorkFinder work;

    SearchAnswers(PassageSearch search, WorkFinder work) {
        this.search = search;
        this.work = work;
    }

    void search(Draft d, String question) {
        List<Passage> found = search.search(question, PASSAGES);
        d.title("From the sources");
        Optional<WorkFinder.Work> asked = work.find(question);
        if (asked.isPresent()) {
            work(d, asked.get(), found, NamedOnly.asksToExplain(question));
            return;
        }
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

    /**
     * A kind of work the question names ("model drift" is retraining models): the task it belongs to, the sources'
     * examples of it and the skills it involves, then other passages. Asked what it is ("explain hypothesis
     * testing"), the answer says that the sources do not explain it, only name it among a task's work.
     */
    private void work(Draft d, WorkFinder.Work w, List<Passage> found, boolean explain) {
        Task.Subtask s = w.subtask();
        d.cite(s.source());
        String task = Words.lower(w.task().name());
        if (explain) {
            d.uncovered().lead("The sources don't explain that: they only name it, in the work of " + task + ": "
                    + Words.lower(s.name()) + ", for example " + String.join("; ", s.examples().stream()
                    .map(Words::lower).toList()) + ".");
        } else {
            d.lead(TaskAnswers.work(w.task(), s));
        }
        d.section("Also in the sources", found.stream().filter(p -> !p.about().endsWith(": " + s.name()))
                .limit(PASSAGES - 1).map(p -> {
                    d.cite(p.source());
                    return p.snippet() + " (" + p.about() + ")";
                }).toList());
        d.followUp("What does " + task + " include?", "What does " + task + " include?");
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
