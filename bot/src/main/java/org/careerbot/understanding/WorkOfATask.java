package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.index.WorkFinder;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "How do you keep deployed models accurate over time?", "explain A/B testing": one kind of work of a task, asked
 * about on its own (no role, tool or goal named, no advice or outlook asked). The sources' table row for that
 * work answers it better than a task's or skill's definition: the answer leads with it (the task's work when
 * the question names the task too, else search finds it).
 */
final class WorkOfATask implements Reading {
    private final Lexicon lexicon;
    private final Topics topics;
    private final WorkFinder work;

    WorkOfATask(Lexicon lexicon, WorkFinder work) {
        this.lexicon = lexicon;
        this.topics = new Topics(lexicon);
        this.work = work;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean onItsOwn = u.entities().roles().isEmpty() && u.ambiguous().isEmpty() && u.unknownRoles().isEmpty()
                && u.entities().tools().isEmpty() && u.unknownTools().isEmpty() && u.goal().isEmpty();
        // "is hyperparameter tuning part of the ML skill or the DL one?" asks about the skills it names
        boolean skillAsked = !u.entities().skills().isEmpty() && (w.contains("skill") || w.contains("skills"));
        if (!onItsOwn || skillAsked || topics.best(w, Topics.ALL).score() >= 3 || lexicon.asksForRole(w) >= 2
                || lexicon.aspect("roles", w) >= 2) {
            return Optional.empty();
        }
        // named with its task ("A/B tests in business analysis"), it is that task's work; else search finds it
        return work.find(u.text()).map(found -> u.entities().tasks().contains(found.task().id())
                ? u.withIntent(Intent.TASK_SUBTASKS, 0.85) : u.withIntent(Intent.SEARCH, 0.75));
    }
}
