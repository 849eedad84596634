package org.careerbot.discord;

import org.careerbot.core.TestBot;
import org.careerbot.exchange.Notes;
import org.careerbot.model.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.careerbot.core.Answerer;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Feedback;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscordSlashCommandTest {
    private static final long ASKER = 1001;
    private static final long LEARNER = 2002;
    private static final long CHANNEL = 3003;
    private static CareerBot bot;

    private final FakeDiscord discord = new FakeDiscord();
    private final List<Question> asked = new ArrayList<>();
    /** The real core, noting each question in order with what the bot sends. */
    private final Answerer spy = q -> {
        asked.add(q);
        discord.log.add("answer");
        return bot.answer(q);
    };

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    private InteractionListener listener(Answerer answerer, Executor executor) {
        return new InteractionListener(answerer, bot.catalog(), Feedback.NONE, Illustrations.NONE, executor,
                Clock.systemUTC());
    }

    private void run(String sub, Map<String, Object> options) {
        listener(spy, Runnable::run).onSlashCommandInteraction(discord.slash(sub, ASKER, CHANNEL, options));
    }

    @Test
    void askDefersPrivatelyThenEditsTheAnswerIn() {
        run("ask", Map.of("question", "what does a data scientist do"));

        assertEquals(List.of("defer", "answer", "edit"), discord.kinds());
        assertEquals(true, discord.of("defer").get(0).ephemeral);
        FakeDiscord.Sent edit = discord.of("edit").get(0);
        Limits.check(edit.edit());
        assertEquals("Data scientist", edit.embeds().get(0).getTitle());
        assertEquals("Share", Limits.answerButtons(edit.edit().getComponents()).stream().map(Button::getLabel)
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(Question.of("what does a data scientist do", "discord:3003:1001").by("1001"), asked.get(0));
    }

    @ParameterizedTest
    @CsvSource({
        "role, role=machine-learning-engineer, role.tools, about=tools",
        "role, role=machin lerning eng, role.define, ",
        "role, role=MLE, role.education, about=education",
        "compare, first=data-scientist, role.compare, second=data-analyst",
        "task, task=modeling, task.subtasks, about=subtasks",
        "task, task=deployment, task.define, ",
        "skill, skill=research, skill.roles, about=roles",
        "skill, skill=mathematics, skill.define, ",
        "roles, , role.list, ",
        "matrix, , role.list, ",
        "help, , help, "})
    void structuredSubcommandsAskTheirContractIntentAndFit(String sub, String option, String intent, String about) {
        Map<String, Object> options = new java.util.HashMap<>();
        for (String pair : new String[] {option, about}) {
            if (pair != null) {
                options.put(pair.split("=")[0], pair.split("=")[1]);
            }
        }
        run(sub, options);

        Question q = asked.get(0);
        assertTrue(q.isStructured());
        assertEquals(intent, q.intent());
        assertEquals("1001", q.userId(), "who asks");
        assertEquals(List.of("defer", "answer", "edit"), discord.kinds());
        Limits.check(discord.of("edit").get(0).edit());
    }

    @Test
    void roleTypedWithoutPickingASuggestionIsReadWithTypos() {
        run("role", Map.of("role", "machin lerning eng"));
        assertEquals(List.of("machine-learning-engineer"), asked.get(0).entities().roles());
        assertEquals("Machine learning engineer", discord.of("edit").get(0).embeds().get(0).getTitle());
    }

    @Test
    void compareAsksForBothRolesAndShowsThemSideBySideBehindMore() {
        InteractionListener listener = listener(spy, Runnable::run);
        listener.onSlashCommandInteraction(discord.slash("compare", ASKER, CHANNEL, Map.of("first", "data-scientist",
                "second", "data analyst")));

        assertEquals(List.of("data-scientist", "data-analyst"), asked.get(0).entities().roles());
        FakeDiscord.Sent brief = discord.of("edit").get(0);
        assertTrue(brief.embeds().get(0).getFields().stream().noneMatch(f -> f.isInline()), "the lead, not a table");
        Button more = Limits.buttons(brief.edit().getComponents()).stream()
                .filter(b -> b.getCustomId().startsWith("cb:m:e:")).findFirst().orElseThrow();
        assertTrue(more.getLabel().startsWith("More"), more.getLabel());

        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(more.getCustomId(), ASKER, CHANNEL, brief.embeds()));
        long inline = click.of("edit").get(0).embeds().get(0).getFields().stream().filter(f -> f.isInline())
                .count();
        assertTrue(inline >= 2, "a column per role");
    }

    @Test
    void shareDefersPubliclyWithoutAShareButton() {
        run("role", Map.of("role", "data-scientist", "share", true));

        assertEquals(false, discord.of("defer").get(0).ephemeral);
        List<Button> buttons = Limits.answerButtons(discord.of("edit").get(0).edit().getComponents());
        assertTrue(buttons.stream().noneMatch(b -> b.getLabel().equals("Share")));
        assertTrue(buttons.stream().allMatch(b -> b.getCustomId().matches("cb:[qm]:p:.*")),
                "public follow-ups and More");
    }

    @Test
    void forALearnerNotesPrivatelyThenPostsAPublicMessageThatPingsThem() {
        run("ask", Map.of("question", "what skills does a data analyst need", "for", LEARNER));

        assertEquals(List.of("defer", "answer", "edit", "send"), discord.kinds());
        assertEquals(true, discord.of("defer").get(0).ephemeral, "the mentor's note is private");
        assertTrue(discord.of("edit").get(0).content().contains("<@2002>"));
        FakeDiscord.Sent post = discord.of("send").get(0);
        assertEquals(false, post.ephemeral, "the answer is public");
        assertTrue(post.content().startsWith("<@2002>, <@1001>"), post.content());
        assertEquals(java.util.Set.of("2002"), post.create().getMentionedUsers(), "only the learner is pinged");
        Limits.check(post.create());
        assertEquals("discord:3003:2002", asked.get(0).conversationId(), "the learner's conversation");
        assertEquals("1001", asked.get(0).userId(), "the mentor asks, and it counts against the mentor");
    }

    @Test
    void aFailingCoreStillGetsTheUserAnApology() {
        Answerer broken = q -> {
            throw new IllegalStateException("boom");
        };
        try (LoggedEvents logs = LoggedEvents.capture()) {
            listener(broken, Runnable::run).onSlashCommandInteraction(
                    discord.slash("ask", ASKER, CHANNEL, Map.of("question", "anything")));
            assertTrue(logs.loggedErrorCausedBy("boom"), logs.errors().toString());
        }

        assertEquals(List.of("defer", "edit"), discord.kinds());
        assertEquals(Answer.apology().title(), discord.of("edit").get(0).embeds().get(0).getTitle());
    }

    @Test
    void aFailureBeforeDeferringRepliesPrivately() {
        SlashCommandInteractionEvent event = discord.slash("ask", ASKER, CHANNEL, Map.of("question", "x"));
        when(event.getUser()).thenThrow(new IllegalStateException("no user"));
        listener(spy, Runnable::run).onSlashCommandInteraction(event);

        assertEquals(List.of("reply"), discord.kinds());
        assertEquals(true, discord.of("reply").get(0).ephemeral);
        assertTrue(discord.of("reply").get(0).content().startsWith("Sorry"));
    }

    @Test
    void aFullWorkerQueueSaysBusyInsteadOfTimingOut() {
        Executor full = r -> {
            throw new RejectedExecutionException("full");
        };
        listener(spy, full).onSlashCommandInteraction(discord.slash("help", ASKER, CHANNEL, Map.of()));

        assertEquals(List.of("defer", "edit"), discord.kinds());
        assertEquals(Notes.BUSY, discord.of("edit").get(0).content());
    }

    @Test
    void answeringHappensOnTheWorkerNotTheGatewayThread() {
        List<Runnable> queued = new ArrayList<>();
        listener(spy, queued::add).onSlashCommandInteraction(discord.slash("help", ASKER, CHANNEL, Map.of()));

        assertEquals(List.of("defer"), discord.kinds(), "acknowledged at once, nothing answered yet");
        queued.forEach(Runnable::run);
        assertEquals(List.of("defer", "answer", "edit"), discord.kinds());
    }

    @Test
    void otherCommandsAreIgnored() {
        SlashCommandInteractionEvent event = discord.slash("ask", ASKER, CHANNEL, Map.of("question", "x"));
        when(event.getName()).thenReturn("other");
        listener(spy, Runnable::run).onSlashCommandInteraction(event);
        assertTrue(discord.kinds().isEmpty());
        assertFalse(asked.iterator().hasNext());
    }
}
