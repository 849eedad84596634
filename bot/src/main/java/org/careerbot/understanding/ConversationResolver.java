package org.careerbot.understanding;

import java.util.List;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;

/**
 * The stage that reads a question in its conversation: "and their tools?" is about the role asked about last,
 * "compare it with a data analyst" adds a role to it; a question that stands on its own keeps its own entities
 * (see {@link FollowUps}).
 */
final class ConversationResolver {
    private final Lexicon lexicon;

    ConversationResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The entities the question is about, with those the conversation supplies. */
    Resolved run(Entities entities, List<Mention> ambiguous, List<String> words, Context context) {
        if (context == null || context.entities() == null || context.entities().isEmpty()) {
            return new Resolved(entities, false);
        }
        Entities resolved = FollowUps.resolve(entities, ambiguous, words, context, lexicon);
        return new Resolved(resolved, !resolved.equals(entities));
    }

    /**
     * Entities after the conversation is taken into account.
     *
     * @param entities    what the question is about
     * @param fromContext whether any of them came from the conversation
     */
    record Resolved(Entities entities, boolean fromContext) {
    }
}
