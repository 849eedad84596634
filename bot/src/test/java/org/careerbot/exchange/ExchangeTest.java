package org.careerbot.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.Test;

class ExchangeTest {
    private final List<String> verdicts = new ArrayList<>();

    private Exchange exchange(Answerer answerer, Illustrations illustrations) {
        return new Exchange("test", answerer, new KeptAnswers(Clock.systemUTC()), illustrations,
                (platform, user, intent, question, helpful) -> verdicts.add(String.join("|", platform, user, intent,
                        question, Boolean.toString(helpful))));
    }

    private static Answer withFollowUps(Question q) {
        return new Answer(Intent.ROLE_DEFINE, Entities.NONE, "Title " + q.text(), "Lead.", List.of(), null, List.of(),
                List.of(new Answer.FollowUp("Tools", "what tools do they use?")));
    }

    @Test
    void aFailingCoreGetsTheUserTheApologyAndIsLogged() {
        Exchange exchange = exchange(q -> {
            throw new IllegalStateException("boom");
        }, Illustrations.NONE);
        try (LoggedEvents logs = LoggedEvents.capture()) {
            assertEquals(Answer.apology(), exchange.ask(Question.of("anything", "c")).answer());
            assertTrue(logs.loggedErrorCausedBy("boom"), logs.errors().toString());
        }
    }

    @Test
    void everyAnswerIsKeptForItsButtonsWithTheQuestionInWords() {
        Exchange exchange = exchange(ExchangeTest::withFollowUps, Illustrations.NONE);
        Kept typed = exchange.ask(Question.of("what is a data analyst?", "c"));
        assertEquals("what is a data analyst?", exchange.kept(typed.id()).orElseThrow().question());
        Kept structured = exchange.ask(Question.structured("role.define",
                new Entities(List.of("data-analyst"), List.of(), List.of(), List.of()), "c"));
        assertEquals("data-analyst", structured.question());
        assertEquals(Optional.of("what tools do they use?"), exchange.followUp(typed.id(), 0));
        assertTrue(exchange.followUp(typed.id(), 1).isEmpty());
        assertTrue(exchange.followUp("gone", 0).isEmpty());
    }

    @Test
    void moreSaysWhenTheAnswerHasGoneOrWasWhole() {
        Exchange exchange = exchange(ExchangeTest::withFollowUps, Illustrations.NONE);
        assertEquals(Notes.MORE_GONE, exchange.more("gone").note());
        Kept whole = exchange.ask(Question.of("x", "c"));
        assertEquals(Notes.WHOLE, exchange.more(whole.id()).note());
        assertTrue(exchange.more(whole.id()).found().isEmpty());
    }

    @Test
    void shareUsesTheKeptAnswerElseAsksAgain() {
        List<Question> asked = new ArrayList<>();
        Exchange exchange = exchange(q -> {
            asked.add(q);
            return withFollowUps(q);
        }, Illustrations.NONE);
        Kept first = exchange.ask(Question.of("one", "c"));
        assertEquals(first, exchange.share(first.id(), Question.of("one", "c")));
        assertEquals("Title again", exchange.share("gone", Question.of("again", "c")).answer().title());
        assertEquals(2, asked.size());
    }

    @Test
    void aVerdictRecordsTheWholeQuestionWhileKeptAndWhatTheButtonCarriesAfter() {
        Exchange exchange = exchange(ExchangeTest::withFollowUps, Illustrations.NONE);
        Kept kept = exchange.ask(Question.of("what does a data analyst do all day?", "c"));
        exchange.judge(new Verdict(true, kept.id(), "role.define", "what does a data"), "u1");
        exchange.judge(new Verdict(false, "gone", "role.define", "what does a data"), "u2");
        assertEquals(List.of("test|u1|role.define|what does a data analyst do all day?|true",
                "test|u2|role.define|what does a data|false"), verdicts);
    }

    @Test
    void aPictureThatFailsToDrawIsLeftOutAndTheAnswerStillGoes() {
        Illustrations broken = new Illustrations() {
            @Override
            public Optional<Picture> forAnswer(Answer answer) {
                throw new IllegalStateException("no fonts");
            }

            @Override
            public boolean illustrates(Answer answer) {
                throw new IllegalStateException("no fonts");
            }
        };
        Exchange exchange = exchange(ExchangeTest::withFollowUps, broken);
        Answer answer = exchange.ask(Question.of("compare", "c")).answer();
        try (LoggedEvents logs = LoggedEvents.capture()) {
            assertTrue(exchange.picture(answer).isEmpty());
            assertFalse(exchange.pictured(answer));
            assertEquals(2, logs.errors().size(), logs.errors().toString());
        }
    }
}
