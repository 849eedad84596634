package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Feedback;
import org.careerbot.core.TestBot;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.careerbot.picture.Pictures;
import org.careerbot.picture.Pixels;
import org.junit.jupiter.api.BeforeAll;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pictures with Discord answers: a comparison of two roles, the list of roles and the matrix carry their PNG as
 * an attachment that the embed shows, described for screen readers; any other answer carries none, and a picture
 * that cannot be sent never costs the answer.
 */
class DiscordPictureTest {
    private static final long ASKER = 1001;
    private static final long LEARNER = 2002;
    private static final long CHANNEL = 3003;
    private static CareerBot bot;
    private static Pictures pictures;

    private final FakeDiscord discord = new FakeDiscord();

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
        pictures = new Pictures(KnowledgeLoader.loadBuiltIn());
    }

    private InteractionListener listener(Illustrations illustrations) {
        return new InteractionListener(bot::answer, bot.catalog(), Feedback.NONE, illustrations, Runnable::run,
                Clock.systemUTC());
    }

    private FakeDiscord.Sent slash(Illustrations illustrations, String sub, Map<String, Object> options) {
        listener(illustrations).onSlashCommandInteraction(discord.slash(sub, ASKER, CHANNEL, options));
        return discord.of("edit").get(0);
    }

    @Test
    void aComparisonOfTwoRolesCarriesItsPictureShownInTheEmbed() {
        FakeDiscord.Sent answer = slash(pictures, "compare", Map.of("first", "data-scientist", "second",
                "data analyst"));

        Picture expected = pictures.compare("data-scientist", "data-analyst");
        assertPictured(answer, expected);
        Limits.check(answer.edit());
        assertEquals("data-scientist-vs-data-analyst.png", answer.files().get(0).getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles", "matrix"})
    void theListOfRolesAndTheMatrixCarryWhoDoesWhat(String sub) {
        FakeDiscord.Sent answer = slash(pictures, sub, Map.of());

        assertEquals(true, discord.of("defer").get(0).ephemeral, "private by default, picture and all");
        assertPictured(answer, pictures.matrix());
        assertEquals("Roles of an AI team", answer.embeds().get(0).getTitle(), "the roles, in words");
        Limits.check(answer.edit());
    }

    @Test
    void anAnswerWithoutAPictureCarriesNoFile() {
        FakeDiscord.Sent answer = slash(pictures, "role", Map.of("role", "data-scientist"));

        assertTrue(answer.files().isEmpty());
        answer.embeds().forEach(e -> assertNull(e.getImage()));
    }

    @Test
    void aPictureThatCannotBeDrawnLeavesTheAnswerWithoutIt() {
        FakeDiscord.Sent answer;
        try (LoggedEvents logs = LoggedEvents.capture()) {
            answer = slash(a -> {
                throw new IllegalStateException("no fonts");
            }, "compare", Map.of("first", "data-scientist", "second", "data-analyst"));
            assertTrue(logs.loggedErrorCausedBy("no fonts"), logs.errors().toString());
        }

        assertEquals(List.of("defer", "edit"), discord.kinds());
        assertEquals("Data scientist vs. data analyst", answer.embeds().get(0).getTitle());
        assertTrue(answer.files().isEmpty());
        answer.embeds().forEach(e -> assertNull(e.getImage()));
    }

    @Test
    void aPictureOverDiscordsFileSizeIsLeftOut() {
        Picture huge = new Picture(new byte[Message.MAX_FILE_SIZE + 1], 10, 10, "Too big", "Too big");
        FakeDiscord.Sent answer = slash(a -> Optional.of(huge), "roles", Map.of());

        assertEquals("Roles of an AI team", answer.embeds().get(0).getTitle());
        assertTrue(answer.files().isEmpty());
    }

    @Test
    void sharingAComparisonPostsItsPictureAgain() {
        InteractionListener listener = listener(pictures);
        listener.onSlashCommandInteraction(discord.slash("compare", ASKER, CHANNEL,
                Map.of("first", "machine-learning-engineer", "second", "data-scientist")));
        String share = Limits.button(discord.of("edit").get(0).edit().getComponents(), "Share").getCustomId();

        FakeDiscord click = new FakeDiscord();
        listener.onButtonInteraction(click.button(share, ASKER, CHANNEL, List.of()));

        assertEquals(false, click.of("defer").get(0).ephemeral);
        assertPictured(click.of("edit").get(0), pictures.compare("machine-learning-engineer", "data-scientist"));
    }

    @Test
    void anAnswerPostedForALearnerCarriesThePicture() {
        listener(pictures).onSlashCommandInteraction(discord.slash("matrix", ASKER, CHANNEL, Map.of("for", LEARNER)));

        FakeDiscord.Sent post = discord.of("send").get(0);
        assertEquals(false, post.ephemeral);
        assertPictured(post, pictures.matrix());
        assertTrue(discord.of("edit").get(0).files().isEmpty(), "the mentor's note has none");
    }

    /** One PNG of the picture's size, described by its alt text and shown in the embed by its name. */
    private static void assertPictured(FakeDiscord.Sent message, Picture expected) {
        List<FileUpload> files = message.files();
        assertEquals(1, files.size(), "one attachment");
        FileUpload file = files.get(0);
        assertEquals(expected.fileName(), file.getName());
        assertEquals(expected.altText(), file.getDescription());
        assertTrue(file.getDescription().length() <= PictureAttachment.MAX_DESCRIPTION);
        byte[] png = bytes(file);
        assertTrue(png.length <= Message.MAX_FILE_SIZE);
        BufferedImage image = Pixels.decode(png);
        assertEquals(expected.width(), image.getWidth());
        assertEquals(expected.height(), image.getHeight());
        List<MessageEmbed> embeds = message.embeds();
        MessageEmbed last = embeds.get(embeds.size() - 1);
        assertEquals("attachment://" + file.getName(), last.getImage().getUrl(), "the embed shows the file");
        embeds.subList(0, embeds.size() - 1).forEach(e -> assertNull(e.getImage()));
    }

    private static byte[] bytes(FileUpload file) {
        try (InputStream in = file.getData()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
