package org.careerbot.state.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerbot.exchange.Kept;
import org.careerbot.model.Answer;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

/** Intents are stored in the form replicas of every version read. */
class StateJsonTest {
    private static final Answer ANSWER = new Answer(Intent.ROLE_TOOLS, Entities.NONE, "t", "l", List.of(), null,
            List.of(), List.of());

    @Test
    void aKeptAnswersIntentIsStoredAsItsId() {
        String json = new String(StateJson.write(new Kept("k1", ANSWER, "q")), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"intent\":\"role.tools\""), json);
        assertEquals(Intent.ROLE_TOOLS, StateJson.read(json.getBytes(StandardCharsets.UTF_8), Kept.class)
                .answer().intent());
    }

    @Test
    void aConversationsIntentIsStoredAsItsName() {
        String json = new String(StateJson.write(new Context(Entities.NONE, Intent.ROLE_TOOLS)),
                StandardCharsets.UTF_8);
        assertTrue(json.contains("\"intent\":\"ROLE_TOOLS\""), json);
        assertEquals(Intent.ROLE_TOOLS, StateJson.read(json.getBytes(StandardCharsets.UTF_8), Context.class)
                .intent());
    }

    @Test
    void eitherFormReadsBack() {
        String byName = new String(StateJson.write(new Kept("k1", ANSWER, "q")), StandardCharsets.UTF_8)
                .replace("\"role.tools\"", "\"ROLE_TOOLS\"");
        assertEquals(Intent.ROLE_TOOLS, StateJson.read(byName.getBytes(StandardCharsets.UTF_8), Kept.class)
                .answer().intent());
    }
}
