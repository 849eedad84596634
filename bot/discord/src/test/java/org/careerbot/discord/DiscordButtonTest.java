package org.careerbot.discord;

import org.careerbot.core.TestBot;
import org.careerbot.exchange.Notes;
import org.careerbot.exchange.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.careerbot.core.Answerer;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Feedback;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.ops.GapsLog;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordButtonTest {
    private static final long USER = 11;
    private static final long OTHER = 12;
    private static final long CHANNEL = 500;
    private static CareerBot bot;

    private final List<Question> asked = new ArrayList<>();
    private final Answerer spy = q -> {
        asked.add(q);
        return bot.answer(q);
    };
    private final InteractionListener listener = new InteractionListener(spy, bot.catalog(), Feedback.NONE,
            Illustrations.NONE, Runnable::run, Clock.systemUTC());

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    /** Runs a slash command and returns the first message the user saw. */
    private FakeDiscord.Sent slash(String sub, Map<String, Object> options) {
        FakeDiscord discord = new FakeDiscord();
        listener.onSlashCommandInteraction(discord.slash(sub, USER, CHANNEL, options));
        return discord.sent.stream().filter(s -> !s.kind.equals("defer")).findFirst().orElseThrow();
    }

    private static Button button(FakeDiscord.Sent message, String label) {
        return Limits.button(message.edit().getComponents(), label);
    }

    @Test
    void followUpToolsAnswersForTheSameRoleInTheSameConversationAndPrivately() {
        FakeDiscord.Sent role = slash("role", Map.of("role", "machine-learning-engineer"));
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(button(role, "Tools").getCustomId(), USER, CHANNEL,
                role.embeds()));

        assertEquals(List.of("defer", "edit"), click.kinds());
        assertEquals(true, click.of("defer").get(0).ephemeral, "private like the answer it came from");
        assertEquals("Tools of the machine learning engineer", click.of("edit").get(0).embeds().get(0).getTitle());
        assertEquals(asked.get(0).conversationId(), asked.get(1).conversationId());
        assertEquals("role.tools", bot.answer(asked.get(1)).intent().id());
    }

    @Test
    void followUpOfAPublicAnswerIsPublic() {
        FakeDiscord.Sent role = slash("role", Map.of("role", "data-scientist", "share", true));
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(button(role, "Skills").getCustomId(), OTHER, CHANNEL,
                role.embeds()));

        assertEquals(false, click.of("defer").get(0).ephemeral);
        assertEquals("Skills of the data scientist", click.of("edit").get(0).embeds().get(0).getTitle());
        assertEquals("discord:500:12", asked.get(1).conversationId(), "the clicker's own conversation");
        assertEquals("12", asked.get(1).userId(), "the clicker asks");
    }

    @Test
    void followUpCarriesConversationContextForQuestionsThatReferBack() {
        slash("role", Map.of("role", "data-analyst"));
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(ButtonIds.followUp("and their tools?", 0, "k", true), USER,
                CHANNEL, List.of()));

        assertEquals(List.of("data-analyst"), bot.answer(asked.get(1)).entities().roles());
        assertEquals("Tools of the data analyst", click.of("edit").get(0).embeds().get(0).getTitle());
    }

    @Test
    void shareRepostsTheCachedAnswerPubliclyWithItsFollowUps() {
        FakeDiscord.Sent role = slash("role", Map.of("role", "data-scientist"));
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(button(role, "Share").getCustomId(), USER, CHANNEL, List.of()));

        assertEquals(List.of("defer", "edit"), click.kinds());
        assertEquals(false, click.of("defer").get(0).ephemeral);
        FakeDiscord.Sent shared = click.of("edit").get(0);
        assertEquals("Shared by <@11>:", shared.content());
        assertTrue(shared.edit().getMentionedUsers().isEmpty(), "sharing pings nobody");
        assertEquals(role.embeds(), shared.embeds());
        List<Button> buttons = Limits.answerButtons(shared.edit().getComponents());
        assertTrue(buttons.stream().noneMatch(b -> b.getLabel().equals("Share")));
        assertTrue(buttons.stream().allMatch(b -> b.getCustomId().matches("cb:[qm]:p:.*")), "public, More too");
        assertEquals(1, asked.size(), "sharing does not ask the core again");
    }

    @Test
    void shareAfterARestartRepostsTheEmbedsTheButtonCameWith() {
        FakeDiscord.Sent role = slash("role", Map.of("role", "data-scientist"));
        InteractionListener restarted = new InteractionListener(spy, bot.catalog(), Feedback.NONE,
                Illustrations.NONE, Runnable::run, Clock.systemUTC());
        FakeDiscord click = new FakeDiscord();
        restarted.onButtonInteraction(click.button(button(role, "Share").getCustomId(), USER, CHANNEL,
                role.embeds()));

        FakeDiscord.Sent shared = click.of("edit").get(0);
        assertEquals(false, click.of("defer").get(0).ephemeral);
        assertEquals(role.embeds(), shared.embeds());
        assertTrue(shared.content().startsWith("Shared by <@11>"));
    }

    @Test
    void longFollowUpQuestionsAreFoundInTheCacheByIndex() {
        String question = "Which tasks does a data scientist carry out " + "in great detail ".repeat(8) + "?";
        Answerer withLongFollowUp = q -> new Answer(Intent.HELP, Entities.NONE, "Title", "Lead", List.of(), null,
                List.of(), List.of(new Answer.FollowUp("Long", question)));
        InteractionListener l = new InteractionListener(q -> q.text().isEmpty() ? withLongFollowUp.answer(q)
                : spy.answer(q), bot.catalog(), Feedback.NONE, Illustrations.NONE, Runnable::run, Clock.systemUTC());
        FakeDiscord first = new FakeDiscord();
        l.onSlashCommandInteraction(first.slash("help", USER, CHANNEL, Map.of()));
        String id = Limits.button(first.of("edit").get(0).edit().getComponents(), "Long").getCustomId();
        assertTrue(id.startsWith("cb:f:e:0:") && id.length() <= Button.ID_MAX_LENGTH, id);

        FakeDiscord click = new FakeDiscord();
        l.onButtonInteraction(click.button(id, USER, CHANNEL, List.of()));
        assertEquals(question, asked.get(0).text());
        assertEquals("11", asked.get(0).userId());
        assertEquals(List.of("defer", "edit"), click.kinds());
    }

    @Test
    void anExpiredCachedFollowUpSaysSoPrivately() {
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button("cb:f:e:0:gone", USER, CHANNEL, List.of()));

        assertEquals(List.of("reply"), click.kinds());
        assertEquals(true, click.of("reply").get(0).ephemeral);
        assertEquals(Notes.EXPIRED, click.of("reply").get(0).content());
    }

    @Test
    void buttonsOfOtherBotsAreIgnored() {
        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button("someone-else:1", USER, CHANNEL, List.<MessageEmbed>of()));
        assertTrue(click.kinds().isEmpty());
    }

    @Test
    void notHelpfulIsRecordedWithTheHashedUserIntentAndQuestionAndThankedPrivately(@TempDir Path dir)
            throws IOException {
        Path gaps = dir.resolve("gaps.jsonl");
        InteractionListener withLog = new InteractionListener(spy, bot.catalog(), new GapsLog(gaps, true,
                Clock.systemUTC()), Illustrations.NONE, Runnable::run, Clock.systemUTC());
        FakeDiscord ask = new FakeDiscord();
        withLog.onSlashCommandInteraction(ask.slash("ask", USER, CHANNEL, Map.of("question",
                "what tools does a data analyst use?")));
        Button no = button(ask.of("edit").get(0), "👎 Not helpful");

        FakeDiscord click = new FakeDiscord();
        withLog.onButtonInteraction(click.button(no.getCustomId(), OTHER, CHANNEL, List.of()));
        assertEquals(List.of("reply"), click.kinds(), "thanked at once, nothing answered again");
        assertEquals(true, click.of("reply").get(0).ephemeral);
        assertEquals(Verdict.THANKS, click.of("reply").get(0).content());
        assertEquals(1, asked.size());

        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(gaps).get(0));
        assertEquals("unhelpful", line.path("event").asText());
        assertEquals("discord", line.path("platform").asText());
        assertEquals("role.tools", line.path("intent").asText());
        assertEquals("what tools does a data analyst use?", line.path("question").asText());
        assertTrue(line.path("user").asText().matches("[0-9a-f]{16}"), "hashed: " + line.path("user"));
        assertFalse(Files.readString(gaps).contains("\"12\""), "the user id itself is never kept");
    }

    @Test
    void helpfulOnAStructuredAnswerAfterARestartRecordsWhatTheButtonCarries() {
        List<String> verdicts = new ArrayList<>();
        FakeDiscord.Sent role = slash("role", Map.of("role", "data-scientist", "about", "tools"));
        String yes = button(role, "👍 Helpful").getCustomId();
        InteractionListener restarted = new InteractionListener(spy, bot.catalog(),
                (platform, user, intent, question, helpful) -> verdicts.add(String.join("|", platform, user, intent,
                        question, Boolean.toString(helpful))), Illustrations.NONE, Runnable::run,
                Clock.systemUTC());

        restarted.onButtonInteraction(new FakeDiscord().button(yes, USER, CHANNEL, List.of()));
        assertEquals(List.of("discord|11|role.tools|data-scientist|true"), verdicts);
    }

    @Test
    void customIdsRoundTrip() {
        assertEquals(new ButtonIds.AskText(true, "What is MLOps?"),
                ButtonIds.parse(ButtonIds.followUp("What is MLOps?", 3, "k", true)).orElseThrow());
        assertEquals(new ButtonIds.AskCached(false, 3, "abcDEF1234"),
                ButtonIds.parse(ButtonIds.followUp("x".repeat(120), 3, "abcDEF1234", false)).orElseThrow());
        assertEquals(new ButtonIds.Share("abc"), ButtonIds.parse(ButtonIds.share("abc")).orElseThrow());
        assertTrue(ButtonIds.parse("cb:f:e:notanumber:k").isEmpty());
        Verdict verdict = new Verdict(false, "k", "role.tools", "what: tools?");
        assertEquals(new ButtonIds.Judged(verdict), ButtonIds.parse(ButtonIds.verdict(verdict)).orElseThrow());
        assertTrue(ButtonIds.parse("cb:h:y:k").isEmpty(), "malformed");
        assertTrue(ButtonIds.parse(null).isEmpty());
    }
}
