package org.careerbot.discord;

import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careerbot.core.Answerer;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Feedback;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscordMentorMenuTest {
    private static final long AUTHOR = 42;
    private static final long MENTOR = 7;
    private static final long CHANNEL = 900;
    private static CareerBot bot;

    private final FakeDiscord discord = new FakeDiscord();
    private final List<Question> asked = new ArrayList<>();
    private final Answerer spy = q -> {
        asked.add(q);
        discord.log.add("answer");
        return bot.answer(q);
    };
    private final InteractionListener listener = new InteractionListener(spy, bot.catalog(), Feedback.NONE,
            Illustrations.NONE, Runnable::run, Clock.systemUTC());

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    @Test
    void repliesPubliclyToTheMessageMentioningItsAuthor() {
        listener.onMessageContextInteraction(discord.messageCommand("what skills does a data analyst need?",
                AUTHOR, MENTOR, CHANNEL, false));

        assertEquals(List.of("defer", "answer", "message-reply", "edit"), discord.kinds());
        assertEquals(true, discord.of("defer").get(0).ephemeral, "the mentor's acknowledgement is private");
        FakeDiscord.Sent reply = discord.of("message-reply").get(0);
        Limits.check(reply.create());
        assertTrue(reply.content().startsWith("<@42>, <@7> asked Career Bot"), reply.content());
        assertEquals(Set.of("42"), reply.create().getMentionedUsers(), "the author is pinged, nobody else");
        assertEquals("Skills of the data analyst", reply.embeds().get(0).getTitle());
        assertTrue(Limits.answerButtons(reply.create().getComponents()).stream()
                .allMatch(b -> b.getCustomId().matches("cb:[qm]:p:.*")), "public follow-ups and More, no Share");
        assertEquals("Answered <@42>'s message.", discord.of("edit").get(0).content());
        assertEquals("discord:900:42", asked.get(0).conversationId(), "the author's conversation");
        assertEquals("7", asked.get(0).userId(), "the mentor asks");
    }

    @Test
    void withoutPermissionToReplyItAnswersThroughTheInteractionWithALink() {
        listener.onMessageContextInteraction(discord.messageCommand("what is a data scientist", AUTHOR, MENTOR,
                CHANNEL, true));

        assertEquals(List.of("defer", "answer", "message-reply", "edit", "send"), discord.kinds());
        FakeDiscord.Sent post = discord.of("send").get(0);
        assertEquals(false, post.ephemeral);
        assertTrue(post.content().contains("<@42>") && post.content().contains("https://discord.com/channels/"),
                post.content());
        assertEquals(Set.of("42"), post.create().getMentionedUsers());
        Limits.check(post.create());
    }

    @Test
    void answeringOnesOwnMessageSaysSoWithoutNamingAMentor() {
        listener.onMessageContextInteraction(discord.messageCommand("help", MENTOR, MENTOR, CHANNEL, false));
        assertEquals("<@7>, here is Career Bot's answer:", discord.of("message-reply").get(0).content());
    }

    @Test
    void aMessageWithoutTextGetsAPrivateNoteAndNoAnswer() {
        listener.onMessageContextInteraction(discord.messageCommand("  ", AUTHOR, MENTOR, CHANNEL, false));

        assertEquals(List.of("reply"), discord.kinds());
        assertEquals(true, discord.of("reply").get(0).ephemeral);
        assertEquals(MentorMenu.NO_TEXT, discord.of("reply").get(0).content());
        assertTrue(asked.isEmpty());
    }
}
