package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** The answer log line: with LOG_QUESTIONS=true, the question is logged with no character that acts on a terminal. */
class AnswerLogTest {
    @TempDir
    Path dir;

    /** The question value of the one line logged while asking this. */
    private String loggedQuestion(String question) {
        Observers observers = new Observers(new Metrics(), new BucketRateLimiter(5, Duration.ofSeconds(10)),
                new GapsLog(dir.resolve("gaps.jsonl"), false, Clock.systemUTC()), true);
        Logger answers = (Logger) LoggerFactory.getLogger("careerbot.answers");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        answers.addAppender(logs);
        answers.setAdditive(false); // asserted here, not printed
        try {
            new ObservedAnswerer(q -> Answer.apology(), "slack", observers)
                    .answer(Question.of(question, "slack:T:C:U1").by("U1"));
        } finally {
            answers.detachAppender(logs);
            answers.setAdditive(true);
        }
        assertEquals(1, logs.list.size());
        List<KeyValuePair> pairs = logs.list.get(0).getKeyValuePairs();
        return pairs.stream().filter(p -> p.key.equals("question")).map(p -> (String) p.value).findFirst()
                .orElseThrow();
    }

    @Test
    void terminalEscapesAndLineBreaksInAQuestionNeverReachTheLog() {
        String logged = loggedQuestion("\u001b[2J\u001b[31mwhat\u0007 does a\r\n2026-01-01 INFO fake line\u009b6n"
                + " data \u202eanalyst\u0000 do?");
        assertTrue(logged.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || c == 0x202e), logged);
        assertEquals(" [2J [31mwhat  does a 2026-01-01 INFO fake line 6n data  analyst  do?", logged);
    }

    @Test
    void anOrdinaryQuestionIsLoggedAsAsked() {
        String question = "what tools does a data analyst use? (SQL, Tableau…) — ünïcödé";
        assertEquals(question, loggedQuestion(question));
        assertFalse(ObservedAnswerer.printable("a\tb").contains("\t"));
    }
}
