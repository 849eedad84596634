package org.careerbot.core;

import org.careerbot.model.Answer;
import org.careerbot.model.Question;

/** Answers questions about AI careers from the knowledge. Thread-safe; never throws for any input. */
public interface Answerer {
    /** The answer to a question; questions it cannot answer get a search or out-of-scope answer. */
    Answer answer(Question question);
}
