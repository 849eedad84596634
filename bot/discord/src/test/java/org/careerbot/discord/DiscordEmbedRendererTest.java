package org.careerbot.discord;

import org.careerbot.core.TestBot;
import org.careerbot.exchange.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.careerbot.core.CareerBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordEmbedRendererTest {
    private static CareerBot bot;
    private final EmbedRenderer renderer = new EmbedRenderer();

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    private static Answer ask(String intent, List<String> roles, List<String> tasks) {
        return bot.answer(Question.structured(intent, new Entities(roles, tasks, List.of(), List.of()), "render"));
    }

    private static List<MessageEmbed> embeds(List<MessageCreateData> messages) {
        return messages.stream().flatMap(m -> m.getEmbeds().stream()).toList();
    }

    private static List<MessageEmbed.Field> fields(List<MessageCreateData> messages) {
        return embeds(messages).stream().flatMap(e -> e.getFields().stream()).toList();
    }

    @Test
    void theRolesOfAComparisonComeSideBySideWithMoreOneInlineFieldPerRoleWithinLimits() {
        Answer compare = ask("role.compare",
                List.of("data-scientist", "machine-learning-engineer", "data-analyst"), List.of());
        List<MessageCreateData> brief = renderer.render(compare, Delivery.privately("k"));
        Limits.check(brief);
        assertTrue(fields(brief).stream().noneMatch(MessageEmbed.Field::isInline), "no table in the brief answer");
        assertEquals(compare.title(), brief.get(0).getEmbeds().get(0).getTitle());
        List<MessageCreateData> messages = renderer.renderMore(compare);

        Limits.check(messages);
        assertEquals(1, messages.size());
        List<String> inline = fields(messages).stream().filter(MessageEmbed.Field::isInline)
                .map(MessageEmbed.Field::getName).toList();
        assertEquals(List.of("Data scientist", "Machine learning engineer", "Data analyst"), inline.subList(0, 3));
        MessageEmbed.Field firstColumn = fields(messages).stream().filter(MessageEmbed.Field::isInline).findFirst()
                .orElseThrow();
        assertTrue(firstColumn.getValue().startsWith("**Tasks**"), firstColumn.getValue());
        assertEquals("More: " + compare.title(), messages.get(0).getEmbeds().get(0).getTitle());
    }

    @Test
    void longSectionIsSplitIntoContinuedFieldsWithoutLosingBulletsBetweenBriefAndMore() {
        List<Answer.Section> sections = List.of(new Answer.Section("Subtasks, with examples", IntStream.range(0, 26)
                .mapToObj(i -> "Subtask " + i + " " + "with an example ".repeat(6)).toList()));
        Answer modeling = new Answer(Intent.TASK_SUBTASKS, Entities.NONE, "Modeling", "Modeling trains models.", sections,
                null, List.of("a.txt#A"), List.of());
        List<MessageCreateData> brief = renderer.render(modeling, Delivery.privately("k"));
        List<MessageCreateData> more = renderer.renderMore(modeling);

        Limits.check(brief);
        Limits.check(more);
        List<MessageEmbed.Field> rest = fields(more);
        assertTrue(rest.size() >= 3, "2,400 characters need at least three fields: " + rest.size());
        assertEquals("Subtasks, with examples", rest.get(0).getName());
        assertEquals("Subtasks, with examples (continued)", rest.get(1).getName());
        List<MessageEmbed.Field> fields = new ArrayList<>(fields(brief));
        fields.addAll(rest);
        String all = String.join("\n", fields.stream().map(MessageEmbed.Field::getValue).toList());
        Answer.Section subtasks = modeling.sections().stream()
                .filter(s -> s.heading().equals("Subtasks, with examples")).findFirst().orElseThrow();
        for (String bullet : subtasks.bullets()) {
            assertTrue(all.contains(bullet.substring(0, 30)), "kept: " + bullet);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "role.list", "lifecycle", "career.tips", "org.types"})
    void largestGeneralAnswersFitOneMessage(String intent) {
        List<MessageCreateData> messages = renderer.render(ask(intent, List.of(), List.of()),
                Delivery.privately("k"));
        Limits.check(messages);
        assertEquals(1, messages.size());
    }

    @Test
    void theLeadOpensTheDescriptionAndTheSourcesNamedForPeopleAreTheFooterOfTheLastEmbed() {
        Answer role = ask("role.define", List.of("data-scientist"), List.of());
        List<MessageEmbed> embeds = embeds(renderer.render(role, Delivery.privately("k")));
        assertTrue(embeds.get(0).getDescription().startsWith(EmbedLayout.plain(role.lead())),
                embeds.get(0).getDescription());
        String footer = embeds.get(embeds.size() - 1).getFooter().getText();
        assertTrue(footer.startsWith("Sources: "), footer);
        role.credits().forEach(s -> assertTrue(footer.contains(s), s));
        assertFalse(footer.contains(".txt#"), "file names are for machines: " + footer);
    }

    @Test
    void hugeAnswerShowsBriefInOneMessageWithinEveryLimitWithMoreFirstAndHelpfulLast() {
        List<MessageCreateData> messages = renderer.render(huge(), Delivery.publicly("k", "<@1> ".repeat(900),
                List.of(1L)));

        Limits.check(messages);
        assertEquals(1, messages.size());
        MessageEmbed first = messages.get(0).getEmbeds().get(0);
        assertTrue(first.getTitle().endsWith(Text.ELLIPSIS));
        assertTrue(first.getDescription().endsWith(Text.ELLIPSIS));
        assertTrue(messages.get(0).getContent().length() <= 2000);
        assertEquals(5, messages.get(0).getComponents().size());
        assertEquals("cb:m:p:k", messages.get(0).getComponents().get(0).asActionRow().getButtons().get(0)
                .getCustomId(), "More first");
        List<Button> lastRow = messages.get(0).getComponents().get(4).asActionRow().getButtons();
        assertEquals(List.of("👍 Helpful", "👎 Not helpful"), lastRow.stream().map(Button::getLabel).toList(),
                "the follow-ups give way to the Helpful? row");
    }

    @Test
    void theRestOfAHugeAnswerIsSplitIntoSeveralMessagesAndShortenedWithinEveryLimit() {
        List<MessageCreateData> messages = renderer.renderMore(huge());

        Limits.check(messages);
        assertEquals(EmbedPacker.MAX_MESSAGES, messages.size());
        assertTrue(messages.get(0).getEmbeds().get(0).getTitle().startsWith("More: TTT"));
        assertEquals(null, messages.get(0).getEmbeds().get(0).getDescription(), "the lead was said already");
        List<MessageEmbed> last = messages.get(messages.size() - 1).getEmbeds();
        assertTrue(last.get(last.size() - 1).getFooter().getText().startsWith(EmbedPacker.SHORTENED));
        assertTrue(last.get(last.size() - 1).getFooter().getText().contains("more)"));
        assertTrue(messages.stream().allMatch(m -> m.getComponents().isEmpty()), "no buttons");
        assertTrue(messages.stream().allMatch(m -> m.getMentionedUsers().isEmpty()), "pings nobody");
    }

    @Test
    void everyAnswerEndsWithHelpfulButtonsCarryingKeyIntentAndTheStartOfTheQuestion() {
        Answer role = ask("role.define", List.of("data-scientist"), List.of());
        String question = "what does a data scientist do all day " + "and why ".repeat(30);
        MessageCreateData message = renderer.render(role, Delivery.privately("abcDEF1234").about(question)).get(0);

        Limits.check(message);
        List<Button> row = message.getComponents().get(message.getComponents().size() - 1).asActionRow()
                .getButtons();
        assertEquals(2, row.size());
        Verdict yes = ((ButtonIds.Judged) ButtonIds.parse(row.get(0).getCustomId()).orElseThrow()).verdict();
        Verdict no = ((ButtonIds.Judged) ButtonIds.parse(row.get(1).getCustomId()).orElseThrow()).verdict();
        assertTrue(yes.helpful());
        assertFalse(no.helpful());
        assertEquals("abcDEF1234", yes.answerId());
        assertEquals("role.define", yes.intent());
        assertTrue(yes.question().startsWith("what does a data scientist do"), yes.question());
        assertTrue(row.get(0).getCustomId().length() <= Button.ID_MAX_LENGTH);
    }

    @Test
    void manySmallSectionsTakeSeveralEmbedsOfOneMessage() {
        List<Answer.Section> sections = IntStream.range(0, 60)
                .mapToObj(i -> new Answer.Section("Section " + i, List.of("one short bullet"))).toList();
        Answer many = new Answer(Intent.SEARCH, Entities.NONE, "Many", "Lead", sections, null, List.of("a.txt#A"),
                List.of());
        List<MessageCreateData> brief = renderer.render(many, Delivery.privately("k"));
        List<MessageCreateData> messages = renderer.renderMore(many);

        Limits.check(brief);
        Limits.check(messages);
        assertEquals(1, messages.size());
        assertEquals(60, fields(brief).size() + fields(messages).size(), "every section once");
        assertTrue(messages.get(0).getEmbeds().size() >= 2, "more than 25 fields take another embed");
        assertEquals(25, messages.get(0).getEmbeds().get(0).getFields().size());
        assertEquals(null, messages.get(0).getEmbeds().get(1).getTitle(), "only the first embed has the title");
    }

    @Test
    void hugeComparisonTableStaysWithinFieldAndEmbedLimits() {
        List<String> columns = IntStream.range(0, 9).mapToObj(i -> "Role " + i + " ".repeat(3) + "x".repeat(300))
                .toList();
        List<Answer.Row> rows = IntStream.range(0, 20)
                .mapToObj(r -> new Answer.Row("Aspect " + r, columns.stream().map(c -> "cell ".repeat(400)).toList()))
                .toList();
        Answer table = new Answer(Intent.ROLE_COMPARE, Entities.NONE, "Many roles", "", List.of(),
                new Answer.Table(columns, rows), List.of("a.txt#A"), List.of());
        Limits.check(renderer.render(table, Delivery.privately("k")));
        List<MessageCreateData> messages = renderer.renderMore(table);

        Limits.check(messages);
        for (MessageEmbed embed : embeds(messages)) {
            long inline = embed.getFields().stream().filter(MessageEmbed.Field::isInline).count();
            assertEquals(0, inline % EmbedLayout.MAX_COLUMNS, "table lines are never torn apart");
        }
        assertEquals("Role 0", fields(messages).get(0).getName().substring(0, 6));
    }

    @Test
    void privateAnswerHasFollowUpsCarryingTheirQuestionThenShare() {
        Answer role = ask("role.define", List.of("data-scientist"), List.of());
        MessageCreateData message = renderer.render(role, Delivery.privately("abc")).get(0);

        List<Button> buttons = Limits.answerButtons(message.getComponents());
        assertTrue(role.hasMore());
        assertEquals(1 + role.followUps().size() + 1, buttons.size(), "More, follow-ups, Share");
        assertEquals("cb:m:e:abc", buttons.get(0).getCustomId());
        assertEquals("Share", buttons.get(buttons.size() - 1).getLabel());
        assertEquals("cb:s:abc", buttons.get(buttons.size() - 1).getCustomId());
        Button tools = Limits.button(message.getComponents(), "Tools");
        assertEquals("cb:q:e:What tools does a data scientist use?", tools.getCustomId());
    }

    @Test
    void publicAnswerHasNoShareButtonAndPublicFollowUps() {
        Answer role = ask("role.define", List.of("data-scientist"), List.of());
        MessageCreateData message = renderer.render(role, Delivery.publicly("abc", "", List.of())).get(0);

        List<Button> buttons = Limits.answerButtons(message.getComponents());
        assertEquals(1 + role.followUps().size(), buttons.size(), "More and follow-ups");
        assertEquals("cb:m:p:abc", buttons.get(0).getCustomId());
        assertTrue(buttons.stream().skip(1).allMatch(b -> b.getCustomId().startsWith("cb:q:p:")));
    }

    @Test
    void mentionsPingOnlyTheNamedUsers() {
        Answer role = ask("role.define", List.of("data-scientist"), List.of());
        MessageCreateData message = renderer.render(role,
                Delivery.publicly("k", "<@42>, <@7> asked this for you", List.of(42L))).get(0);

        assertEquals("<@42>, <@7> asked this for you", message.getContent());
        assertEquals(java.util.Set.of("42"), message.getMentionedUsers());
        assertTrue(message.getAllowedMentions().isEmpty(), "no @everyone, roles or other users");
    }

    @Test
    void markdownInKnowledgeTextIsShownLiterally() {
        Answer a = new Answer(Intent.SEARCH, Entities.NONE, "T", "Use __init__ and **not bold**",
                List.of(new Answer.Section("H", List.of("a *b* c"))), null, List.of(), List.of());
        MessageEmbed embed = renderer.render(a, Delivery.privately("k")).get(0).getEmbeds().get(0);
        assertFalse(embed.getDescription().contains(" __init__"), embed.getDescription());
        assertTrue(embed.getFields().get(0).getValue().contains("\\*b\\*"), embed.getFields().get(0).getValue());
    }

    /** Every part far over its limit: a 1,000-char title, 10,000-char lead, 30 sections of 100 bullets. */
    static Answer huge() {
        List<Answer.Section> sections = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            List<String> bullets = new ArrayList<>();
            for (int b = 0; b < 100; b++) {
                bullets.add("Bullet " + b + " " + "words ".repeat(b == 0 ? 300 : 50));
            }
            sections.add(new Answer.Section("Section " + s + " " + "h".repeat(s == 0 ? 400 : 10), bullets));
        }
        List<String> sources = IntStream.range(0, 80).mapToObj(i -> "source_" + i + ".txt#Section " + i).toList();
        List<Answer.FollowUp> followUps = IntStream.range(0, 40).mapToObj(i -> new Answer.FollowUp(
                "Label " + i + " " + "l".repeat(100), "Question " + i + " " + "q".repeat(150))).toList();
        return new Answer(Intent.SEARCH, Entities.NONE, "T".repeat(1000), "Lead ".repeat(2000), sections, null, sources,
                followUps);
    }
}
