package org.careerbot.discord;

import org.careerbot.exchange.Notes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.careerbot.core.Answerer;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Feedback;
import org.careerbot.core.MovableClock;
import org.careerbot.core.TestBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The More button with mocked JDA events: answers show brief, and More replies with the rest, privately under a
 * private answer and for anyone under a shared one; an answer no longer kept says so.
 */
class DiscordMoreTest {
    private static final long USER = 21;
    private static final long OTHER = 22;
    private static final long CHANNEL = 700;
    private static CareerBot bot;

    private final List<Question> asked = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final InteractionListener listener = listener(q -> {
        asked.add(q);
        return bot.answer(q);
    });

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    private InteractionListener listener(Answerer answerer) {
        return new InteractionListener(answerer, bot.catalog(), Feedback.NONE, Illustrations.NONE, Runnable::run,
                clock);
    }

    /** The first message a slash command showed. */
    private static FakeDiscord.Sent slash(InteractionListener l, Map<String, Object> options) {
        FakeDiscord discord = new FakeDiscord();
        l.onSlashCommandInteraction(discord.slash("ask", USER, CHANNEL, options));
        return discord.of("edit").get(0);
    }

    private static Optional<Button> more(FakeDiscord.Sent message) {
        return Limits.buttons(message.edit().getComponents()).stream()
                .filter(b -> b.getCustomId().startsWith("cb:m:")).findFirst();
    }

    private static FakeDiscord click(InteractionListener l, String id, long user, List<MessageEmbed> shown) {
        FakeDiscord click = new FakeDiscord();
        l.onButtonInteraction(click.button(id, user, CHANNEL, shown));
        return click;
    }

    @Test
    void moreOnAPrivateAnswerRepliesWithTheRestPrivately() {
        FakeDiscord.Sent answer = slash(listener, Map.of("question", "what does a data scientist do?"));
        Answer whole = bot.answer(asked.get(0));
        assertEquals(EmbedLayout.plain(whole.lead()), answer.embeds().get(0).getDescription(), "the lead first");
        Button more = more(answer).orElseThrow();
        assertTrue(more.getCustomId().startsWith("cb:m:e:"));

        FakeDiscord click = click(listener, more.getCustomId(), USER, answer.embeds());
        assertEquals(List.of("defer", "edit"), click.kinds());
        assertEquals(true, click.of("defer").get(0).ephemeral);
        MessageEmbed rest = click.of("edit").get(0).embeds().get(0);
        assertEquals("More: " + whole.title(), rest.getTitle());
        assertEquals(whole.more().sections().get(0).heading(), rest.getFields().get(0).getName());
        assertTrue(click.of("edit").get(0).edit().getComponents().isEmpty(), "nothing to click under the rest");
        assertEquals(1, asked.size(), "More asks nothing again");
    }

    @Test
    void moreOnASharedAnswerRepliesWithTheRestForAnyoneWhoClicks() {
        FakeDiscord.Sent answer = slash(listener, Map.of("question", "what does a data scientist do?"));
        FakeDiscord share = click(listener, Limits.button(answer.edit().getComponents(), "Share").getCustomId(),
                USER, answer.embeds());
        FakeDiscord.Sent shared = share.of("edit").get(0);
        Button more = more(shared).orElseThrow();
        assertTrue(more.getCustomId().startsWith("cb:m:p:"), "public like the shared answer");

        FakeDiscord click = click(listener, more.getCustomId(), OTHER, shared.embeds());
        assertEquals(false, click.of("defer").get(0).ephemeral);
        assertTrue(click.of("edit").get(0).embeds().get(0).getTitle().startsWith("More: "));
        assertEquals(1, asked.size());
    }

    @Test
    void anAnswerWithNothingMoreHasNoMoreButton() {
        InteractionListener small = listener(q -> new Answer(Intent.SEARCH, null, "Short", "All there is.",
                List.of(new Answer.Section("Details", List.of("one"))), null, List.of("a.txt#A"), List.of()));
        FakeDiscord.Sent answer = slash(small, Map.of("question", "anything"));
        assertFalse(more(answer).isPresent());
        assertTrue(more(slash(listener, Map.of("question", "compare data scientist and data analyst"))).isPresent());
    }

    @Test
    void moreOnAnAnswerNoLongerKeptSaysSoPrivately() {
        FakeDiscord.Sent answer = slash(listener, Map.of("question", "what does a data scientist do?"));
        String id = more(answer).orElseThrow().getCustomId();
        clock.advance(Duration.ofHours(25));

        for (String gone : List.of(id, "cb:m:p:unknownKey")) {
            FakeDiscord click = click(listener, gone, USER, answer.embeds());
            assertEquals(List.of("reply"), click.kinds());
            assertEquals(true, click.of("reply").get(0).ephemeral);
            assertEquals(Notes.MORE_GONE, click.of("reply").get(0).content());
        }
    }

    @Test
    void theRestOfAHugeAnswerKeepsEveryLimitAcrossItsMessages() {
        InteractionListener huge = listener(q -> DiscordEmbedRendererTest.huge());
        FakeDiscord.Sent answer = slash(huge, Map.of("question", "huge"));
        Limits.check(answer.edit());

        FakeDiscord click = click(huge, more(answer).orElseThrow().getCustomId(), USER, answer.embeds());
        assertEquals(List.of("defer", "edit", "send", "send"), click.kinds(), "shortened to three messages");
        Limits.check(click.of("edit").get(0).edit());
        click.of("send").forEach(s -> Limits.check(s.create()));
        assertTrue(click.of("send").stream().allMatch(s -> Boolean.TRUE.equals(s.ephemeral)), "all private");
    }

    @Test
    void moreIdsRoundTrip() {
        assertEquals(new ButtonIds.More(true, "abcDEF1234"),
                ButtonIds.parse(ButtonIds.more("abcDEF1234", true)).orElseThrow());
        assertEquals(new ButtonIds.More(false, "k"), ButtonIds.parse(ButtonIds.more("k", false)).orElseThrow());
        assertTrue(ButtonIds.parse("cb:m:e:").isEmpty(), "no key");
    }
}
