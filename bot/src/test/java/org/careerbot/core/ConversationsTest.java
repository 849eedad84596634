package org.careerbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

class ConversationsTest {
    private static final Context DA = new Context(
            new Entities(List.of("data-analyst"), List.of(), List.of(), List.of()), Intent.ROLE_DEFINE);


    @Test
    void contextIsForgottenAfterItsTimeToLive() {
        MovableClock clock = new MovableClock();
        Conversations memory = new Conversations(10, Duration.ofMinutes(30), clock);
        memory.put("c1", DA);
        clock.advance(Duration.ofMinutes(29));
        assertEquals(DA, memory.get("c1"));
        clock.advance(Duration.ofMinutes(31));
        assertEquals(Context.NONE, memory.get("c1"));
    }

    @Test
    void memoryKeepsOnlyTheMostRecentConversations() {
        Conversations memory = new Conversations(3, Duration.ofMinutes(30), new MovableClock());
        for (int i = 0; i < 10; i++) {
            memory.put("c" + i, DA);
        }
        assertEquals(3, memory.size());
        assertEquals(Context.NONE, memory.get("c0"));
        assertEquals(DA, memory.get("c9"));
    }

    @Test
    void anonymousQuestionsAreNotRemembered() {
        Conversations memory = new Conversations(3, Duration.ofMinutes(30), new MovableClock());
        memory.put("", DA);
        assertEquals(0, memory.size());
        assertEquals(Context.NONE, memory.get(""));
    }
}
