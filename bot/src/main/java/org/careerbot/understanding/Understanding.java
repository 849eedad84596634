package org.careerbot.understanding;

import java.util.List;
import org.careerbot.answer.Entities;
import org.careerbot.knowledge.index.Mention;

/**
 * What a question means: its intent, the entities it is about, and what else the answer needs to know.
 *
 * @param intent      the intent
 * @param entities    the entities, by id, in question order (roles named by an ambiguous title are not among them)
 * @param ambiguous   titles that several roles share, named in the question
 * @param areas       skill-profile areas named without a skill (scientific, engineering, analytical, coding)
 * @param text        the question without chat noise
 * @param words       its words, lower case, spelling corrected; words naming roles, tasks and tools masked as
 *                    {@code _} so that their names ("software", "team") are not read as cues
 * @param unknown     words the bot has no meaning for (neither cue, common word nor entity name): the details a
 *                    question asks about, which retrieval answers best
 * @param titled      whether a role was named by another of its titles ("quant analyst")
 * @param titles      the titles the question used for roles, e.g. "data engineer" for the software engineer
 * @param truncated   whether the question was cut for length
 * @param fromContext whether entities came from the conversation rather than the question
 * @param confidence  how sure the understanding is, 0 to 1
 */
public record Understanding(Intent intent, Entities entities, List<Mention> ambiguous, List<String> areas,
                            String text, List<String> words, List<String> unknown, boolean titled,
                            List<Mention> titles, boolean truncated, boolean fromContext, double confidence) {
    /** Lists are copied. */
    public Understanding {
        ambiguous = List.copyOf(ambiguous);
        areas = List.copyOf(areas);
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
        titles = List.copyOf(titles);
    }

    /** The same understanding with another intent. */
    public Understanding withIntent(Intent other, double newConfidence) {
        return new Understanding(other, entities, ambiguous, areas, text, words, unknown, titled, titles,
                truncated, fromContext, newConfidence);
    }
}
