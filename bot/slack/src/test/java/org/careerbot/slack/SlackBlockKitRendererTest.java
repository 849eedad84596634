package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.careerbot.answer.Brevity;
import org.careerbot.core.CareerBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackBlockKitRendererTest {
    private static CareerBot core;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @BeforeAll
    static void loadCore() {
        core = TestBot.fresh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare data analyst, data scientist, machine learning engineer and AI researcher",
            "what are the subtasks of modeling", "help", "which roles are there?",
            "I like SQL and presenting insights: which role fits me?", "what does deployment include?"})
    void theLargestRealAnswersStayWithinEveryLimit(String question) {
        Answer answer = core.answer(Question.of(question, "render-test"));
        SlackMessage message = renderer.render(answer, new Framing("You asked " + Mrkdwn.escape(question),
                new ShareReference("abc", question).value(), question, "abc"));
        BlockKitLimits.assertWithin(message.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertFalse(message.text().isBlank());
        assertTrue(message.text().length() <= SlackLimits.FALLBACK_TEXT);
        SlackMessage more = renderer.renderMore(answer, Framing.NONE);
        BlockKitLimits.assertWithin(more.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertTrue(more.text().length() <= SlackLimits.FALLBACK_TEXT);
    }

    @Test
    void aComparisonsSideBySideComesWithMoreAsSectionFieldsOnePerRole() {
        Answer answer = core.answer(Question.of("data analyst vs data scientist vs machine learning engineer",
                "render-compare"));
        assertFalse(BlockKitLimits.json(renderer.render(answer, Framing.NONE).blocks()).toString()
                .contains("\"fields\""), "the brief answer has no table");
        JsonNode blocks = BlockKitLimits.json(renderer.renderMore(answer, Framing.NONE).blocks());
        List<JsonNode> withFields = StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("fields").size() > 0).toList();
        assertEquals(answer.table().rows().size(), withFields.size());
        assertEquals(3, withFields.get(0).path("fields").size());
        assertTrue(withFields.get(0).path("fields").get(0).path("text").asText().startsWith("*Data analyst*"));
    }

    @Test
    void aHugeAnswerShowsBriefWithinEveryLimitKeepingSourcesAndButtons() {
        SlackMessage message = renderer.render(HugeAnswers.huge(), new Framing("note", "1:q",
                HugeAnswers.MARKUP + "q".repeat(1_000), "1"));
        BlockKitLimits.assertWithin(message.blocks(), SlackLimits.MESSAGE_BLOCKS);
        JsonNode blocks = BlockKitLimits.json(message.blocks());
        JsonNode feedback = blocks.get(blocks.size() - 1);
        assertEquals(FeedbackButtons.BLOCK_ID, feedback.path("block_id").asText());
        assertEquals(List.of(SlackNames.HELPFUL, SlackNames.UNHELPFUL), StreamSupport.stream(
                feedback.path("elements").spliterator(), false).map(b -> b.path("action_id").asText()).toList());
        JsonNode buttons = blocks.get(blocks.size() - 2).path("elements");
        assertEquals(2 + AnswerButtons.MAX_FOLLOW_UPS, buttons.size(), "More, Share and five follow-ups");
        assertEquals(SlackNames.MORE, buttons.get(0).path("action_id").asText());
        assertTrue(blocks.get(blocks.size() - 3).toString().contains("Sources:"));
        assertTrue(blocks.toString().contains("&lt;!channel&gt;"), "mrkdwn is escaped (plain_text needs no escaping)");
        assertTrue(message.text().length() <= SlackLimits.FALLBACK_TEXT);
    }

    @Test
    void theRestOfAHugeAnswerIsTrimmedToFiftyBlocksEndingWithANoteAndKeepsItsSources() {
        SlackMessage more = renderer.renderMore(HugeAnswers.huge(),
                Framing.note(Mrkdwn.escape(HugeAnswers.MARKUP)));
        BlockKitLimits.assertWithin(more.blocks(), SlackLimits.MESSAGE_BLOCKS);
        JsonNode blocks = BlockKitLimits.json(more.blocks());
        assertEquals(SlackLimits.MESSAGE_BLOCKS, blocks.size());
        assertTrue(blocks.get(0).path("text").path("text").asText().startsWith("More: Title"));
        assertEquals(BlockKitRenderer.TRIMMED, blocks.get(blocks.size() - 2).path("elements").get(0).path("text")
                .asText());
        assertTrue(blocks.get(blocks.size() - 1).toString().contains("Sources:"), "sources last, no buttons");
        assertTrue(more.text().length() <= SlackLimits.FALLBACK_TEXT);
        assertFalse(more.text().contains("<!channel>"), "the fallback text is escaped");
        BlockKitLimits.assertWithin(new HomeTab(FixedCatalog.ofSize(30), renderer, HugeAnswers.huge())
                .more(HugeAnswers.huge()), SlackLimits.HOME_BLOCKS);
    }

    @Test
    void aHugeAnswerFitsTheHomeTabBesideTheMenu() {
        HomeTab home = new HomeTab(FixedCatalog.ofSize(30), renderer, core.answer(Question.of("help", "home-test")));
        List<com.slack.api.model.block.LayoutBlock> blocks = home.blocks(HugeAnswers.huge(),
                Framing.note("n").asking("q".repeat(1_000)));
        BlockKitLimits.assertWithin(blocks, SlackLimits.HOME_BLOCKS);
        String all = BlockKitLimits.json(blocks).toString();
        assertTrue(all.contains(SlackNames.ROLE + "29"), "every role is offered");
        assertTrue(all.contains(SlackNames.EXAMPLE + "0"), "examples are offered");
        assertTrue(all.contains(SlackNames.HELPFUL), "the answer asks if it helped");
    }

    @Test
    void anEmptyAnswerStillRendersATitle() {
        Answer empty = new Answer(Intent.SEARCH, Entities.NONE, "", "", null, null, null, null);
        SlackMessage message = renderer.render(empty, Framing.NONE);
        BlockKitLimits.assertWithin(message.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertEquals(SlackNames.APP_NAME, BlockKitLimits.json(message.blocks()).get(0).path("text").path("text")
                .asText());
    }

    @Test
    void theShareValueCarriesTheAnswerIdAndTheQuestion() {
        ShareReference reference = new ShareReference("k3x", "what is a data analyst? " + "very ".repeat(100));
        String value = reference.value();
        assertTrue(value.length() <= SlackLimits.VALUE);
        ShareReference parsed = ShareReference.parse(value);
        assertEquals("k3x", parsed.answerId());
        assertTrue(parsed.question().startsWith("what is a data analyst?"));
        assertEquals("", ShareReference.parse("no id here").answerId());
    }

    @Test
    void theLeadIsTheFirstSectionAndTheSourcesAreNamedForPeople() {
        JsonNode blocks = BlockKitLimits.json(renderer.render(longAnswer(), Framing.note("n")).blocks());
        JsonNode first = StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("type").asText().equals("section")).findFirst().orElseThrow();
        assertEquals("Data analysts turn data into decisions.", first.path("text").path("text").asText());
        String sources = blocks.get(blocks.size() - 2).toString();
        assertTrue(sources.contains("Workera, AI Career Pathways: Data Analyst"), sources);
        assertFalse(blocks.toString().contains("002_x.txt"), "file names are for machines");
    }

    @Test
    void aMoreButtonComesOnlyWithAnAnswerThatHasMoreAndCarriesItsId() {
        JsonNode more = BlockKitLimits.json(renderer.render(longAnswer(), Framing.NONE.keptAs("k1")).blocks());
        JsonNode button = SlackHttpModeTest.button(more, SlackNames.MORE);
        assertEquals("k1", button.path("value").asText());
        assertEquals("More: Tools · Team", button.path("text").path("text").asText(), "says what it brings");
        assertFalse(more.toString().contains("Excel"), "the rest waits for More");

        Answer small = ScriptedAnswerer.small(Question.of("q", "c"));
        assertFalse(small.hasMore());
        String smallBlocks = BlockKitLimits.json(renderer.render(small, Framing.NONE.keptAs("k2")).blocks())
                .toString();
        assertFalse(smallBlocks.contains(SlackNames.MORE), "nothing more, no More");
        assertFalse(BlockKitLimits.json(renderer.render(longAnswer(), Framing.NONE).blocks()).toString()
                .contains(SlackNames.MORE), "an answer that is not kept cannot offer More");
    }

    @Test
    void theRestHasWhatTheBriefAnswerLeftOutAndNoLead() {
        SlackMessage more = renderer.renderMore(longAnswer(), Framing.NONE);
        String all = BlockKitLimits.json(more.blocks()).toString();
        assertTrue(all.contains("More: Data analyst"));
        assertTrue(all.contains("Excel") && all.contains("*Team*"), all);
        assertFalse(all.contains("turn data into decisions"), "the lead was said already");
        assertFalse(all.contains(SlackNames.FOLLOW_UP) || all.contains(SlackNames.MORE), "no buttons");
        assertTrue(more.text().startsWith("More: Data analyst"), more.text());
    }

    /** A lead, a section that fits the brief answer, and two that wait for More; credits apart from sources. */
    static Answer longAnswer() {
        // two bullets of the first section fit the brief answer's budget, a third one no longer does
        String words = "filler ".repeat(Brevity.BODY_WORDS / 2 - 4).strip();
        return new Answer(Intent.ROLE_DEFINE, Entities.NONE, "Data analyst", "Data analysts turn data into decisions.",
                List.of(new Answer.Section("Tasks", List.of("Business analysis " + words, "Data engineering " + words)),
                        new Answer.Section("Tools", List.of("Excel and SQL " + words)),
                        new Answer.Section("Team", List.of("Works with data scientists " + words))),
                null, List.of("002_x.txt#Data Analyst"), List.of(new Answer.FollowUp("Skills", "and skills?")), true,
                List.of("Workera, AI Career Pathways: Data Analyst"));
    }
}
