package org.careerbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.careerbot.core.RateLimiter;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.model.Answer;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every kind of shared state promises, whether it is kept in this process or in Redis: each test runs against
 * both. {@link #replica()} is a second handle on the same state, as another replica of the bot has: what one keeps,
 * the other finds. Ids are new for every run, so that a Redis used before holds nothing the tests could find.
 */
public abstract class SharedStateContract {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private SharedState state;
    private SharedState replica;

    /** A fresh handle on the state under test. */
    protected abstract SharedState open();

    /** A second handle on the same state, as another replica holds it. */
    protected abstract SharedState openReplica(SharedState first);

    @BeforeEach
    void openBoth() {
        state = open();
        replica = openReplica(state);
    }

    @AfterEach
    void closeBoth() {
        if (replica != null && replica != state) {
            replica.close();
        }
        if (state != null) {
            state.close();
        }
    }

    @Test
    void anEventIsNewOnceOnEveryReplica() {
        String id = "Ev" + run;
        assertTrue(state.events().firstTime(id));
        assertFalse(state.events().firstTime(id), "the same replica again");
        assertFalse(replica.events().firstTime(id), "the other replica");
        assertTrue(replica.events().firstTime(id + "b"), "another event");
    }

    @Test
    void aConversationsContextIsFoundOnTheOtherReplicaAndReplacedByTheNext() {
        String id = "slack:T1:C1:" + run;
        assertEquals(Context.NONE, state.conversations().get(id));
        Context analyst = new Context(new Entities(List.of("data-analyst"), List.of(), List.of(), List.of()),
                Intent.values()[0]);
        state.conversations().put(id, analyst);
        assertEquals(analyst, replica.conversations().get(id));
        Context scientist = new Context(new Entities(List.of("data-scientist"), List.of("modeling"),
                List.of("python"), List.of("pytorch")), Intent.values()[1]);
        replica.conversations().put(id, scientist);
        assertEquals(scientist, state.conversations().get(id));
    }

    @Test
    void anAnonymousConversationIsNeverRemembered() {
        state.conversations().put("", new Context(Entities.NONE, Intent.values()[0]));
        assertEquals(Context.NONE, replica.conversations().get(""));
    }

    @Test
    void aKeptAnswerIsFoundWholeOnTheOtherReplica() {
        Answer answer = new Answer(Intent.ROLE_COMPARE, new Entities(List.of("a", "b"), List.of(), List.of(), List.of()),
                "A and B", "They differ.", List.of(new Answer.Section("Tools", List.of("SQL", "Python"))),
                new Answer.Table(List.of("", "A", "B"), List.of(new Answer.Row("Tasks", List.of("x", "y")))),
                List.of("f.md#S"), List.of(new Answer.FollowUp("Tools", "and their tools?")), false,
                List.of("Workera: A"));
        Kept kept = new KeptAnswers(state.answers()).keep(answer, "compare a and b");
        assertEquals(kept, new KeptAnswers(replica.answers()).get(kept.id()).orElseThrow());
    }

    @Test
    void anAnswerIdIsNeverTakenTwiceNorFoundWhenUnknown() {
        Kept kept = new Kept("id" + run, Answer.apology(), "q");
        assertTrue(state.answers().add(kept));
        assertFalse(replica.answers().add(new Kept(kept.id(), Answer.apology(), "other")));
        assertEquals("q", state.answers().find(kept.id()).orElseThrow().question());
        assertTrue(state.answers().find("none" + run).isEmpty());
    }

    @Test
    void aUsersLimitHoldsAcrossReplicasAndLeavesOtherUsersAlone() {
        RateLimiter one = state.limits().limiter(3, Duration.ofMinutes(10));
        // A process makes its limiter once; a replica that is this same process uses that one.
        RateLimiter other = replica == state ? one : replica.limits().limiter(3, Duration.ofMinutes(10));
        String user = "slack:U" + run;
        assertTrue(one.tryAcquire(user));
        assertTrue(other.tryAcquire(user));
        assertTrue(one.tryAcquire(user));
        assertFalse(other.tryAcquire(user), "the fourth question in the window, wherever it is asked");
        assertFalse(one.tryAcquire(user));
        assertTrue(other.tryAcquire("slack:V" + run), "another user");
        assertEquals("3/600s", one.toString(), "the limit, as the 'one moment' answer names it");
    }

    @Test
    void anInstallationIsFoundByItsWorkspaceOrItsEnterpriseUntilDeleted() {
        String team = "T" + run;
        Installation install = new Installation("E" + run, team, "xoxb-" + run, "UBOT", "B1", "commands,chat:write",
                "U1", 1_700_000_000_000L);
        state.installations().save(install);
        assertEquals(install, replica.installations().find("E" + run, team).orElseThrow());
        assertTrue(replica.installations().find(null, "X" + run).isEmpty());
        Installation orgWide = new Installation("F" + run, null, "xoxb-org-" + run, "UBOT", "B2", "commands", "U2",
                1L);
        state.installations().save(orgWide);
        assertEquals(orgWide, replica.installations().find("F" + run, "Tany" + run).orElseThrow());
        replica.installations().delete("E" + run, team);
        assertTrue(state.installations().find(null, team).isEmpty());
        assertFalse(install.toString().contains("xoxb-"), "the token is never printed");
    }

    @Test
    void theStateSaysItIsUp() {
        assertTrue(state.health().up(), state.health().state());
    }
}
