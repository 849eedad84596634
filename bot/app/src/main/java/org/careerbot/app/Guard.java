package org.careerbot.app;

import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure every question gets an answer: an unexpected failure becomes a friendly error answer, logged. */
final class Guard {
    /** Logging starts only when something is logged: a command that logs nothing starts faster without it. */
    private static Logger log() {
        return LoggerFactory.getLogger(Guard.class);
    }

    private Guard() {
    }

    static Answer answer(Answerer bot, Question q) {
        try {
            return bot.answer(q);
        } catch (RuntimeException e) {
            log().error("answering failed ({} chars of input)", q.text().length(), e);
            return Answer.apology();
        }
    }
}
