package org.careerbot.core;

import org.careerbot.model.Context;

/**
 * Where conversations' short memory is kept, so that a follow-up ("and their tools?") finds what came before: in
 * this process ({@link Conversations}) or shared by several replicas. An entry is forgotten a while after its last
 * question. Implementations never throw: a store that cannot answer reads as "no context".
 */
public interface ConversationStore {
    /** What a conversation was last about; {@link Context#NONE} when unknown, expired or anonymous. */
    Context get(String conversationId);

    /** Remembers what a conversation is now about; anonymous questions are not remembered. */
    void put(String conversationId, Context context);
}
