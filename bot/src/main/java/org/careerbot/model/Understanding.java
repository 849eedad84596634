package org.careerbot.model;

import java.util.List;
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
 * @param gap         what the question asks that the sources hold nothing on ("salaries"), or empty
 * @param unknownRoles roles named in the question that the sources do not describe
 * @param goal        the role or field the person says they aim for ("become a data scientist"), by id, or empty
 * @param unknownTools tools named in the question that the sources do not name; their ids are among the entities'
 *                    tools, so that the answer says what the question was about
 * @param furtherGap  a subject the sources lack that a further part of the message asks about ("... Do I need
 *                    certifications?") after a main ask they do answer; or empty
 */
public record Understanding(Intent intent, Entities entities, List<Mention> ambiguous, List<String> areas,
                            String text, List<String> words, List<String> unknown, boolean titled,
                            List<Mention> titles, boolean truncated, boolean fromContext, double confidence,
                            String gap, List<UnknownRole> unknownRoles, String goal,
                            List<UnknownTool> unknownTools, String furtherGap) {
    /** Lists are copied; a null gap reads as none. */
    public Understanding {
        gap = gap == null ? "" : gap;
        furtherGap = furtherGap == null ? "" : furtherGap;
        goal = goal == null ? "" : goal;
        unknownTools = unknownTools == null ? List.of() : List.copyOf(unknownTools);
        unknownRoles = unknownRoles == null ? List.of() : List.copyOf(unknownRoles);
        ambiguous = List.copyOf(ambiguous);
        areas = List.copyOf(areas);
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
        titles = List.copyOf(titles);
    }

    /** The same understanding with another intent. */
    public Understanding withIntent(Intent other, double newConfidence) {
        return new Understanding(other, entities, ambiguous, areas, text, words, unknown, titled, titles,
                truncated, fromContext, newConfidence, gap, unknownRoles, goal, unknownTools, furtherGap);
    }

    /** The same understanding with its gap read as a further part: the main ask is another, which the sources answer. */
    public Understanding withGapAsFurther() {
        return gap.isEmpty() ? this : new Understanding(intent, entities, ambiguous, areas, text, words, unknown,
                titled, titles, truncated, fromContext, confidence, "", unknownRoles, goal, unknownTools, gap);
    }

    /** A request that names its intent and entities, as a command's options do. */
    public static Understanding structured(Intent intent, Entities entities) {
        return new Understanding(intent, entities, List.of(), List.of(), "", List.of(), List.of(), false, List.of(),
                false, false, 1, "", List.of(), "", List.of(), "");
    }

    /** The tools the question names that the sources know: those an answer can be built from. */
    public List<String> knownTools() {
        return entities.tools().stream().filter(t -> unknownTools.stream().noneMatch(x -> x.id().equals(t))).toList();
    }

    /** Whether the sources answer nothing the question mainly asks. */
    public boolean asksAGap() {
        return !gap.isEmpty();
    }
}
