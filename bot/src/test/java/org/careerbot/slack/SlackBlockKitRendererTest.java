package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.careerbot.answer.Answer;
import org.careerbot.answer.Entities;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Question;
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
                new ShareReference("abc", question).value(), question));
        BlockKitLimits.assertWithin(message.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertFalse(message.text().isBlank());
        assertTrue(message.text().length() <= SlackLimits.FALLBACK_TEXT);
    }

    @Test
    void aComparisonBecomesSectionFieldsOnePerRole() {
        Answer answer = core.answer(Question.of("data analyst vs data scientist vs machine learning engineer",
                "render-compare"));
        JsonNode blocks = BlockKitLimits.json(renderer.render(answer, Framing.NONE).blocks());
        List<JsonNode> withFields = StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("fields").size() > 0).toList();
        assertEquals(answer.table().rows().size(), withFields.size());
        assertEquals(3, withFields.get(0).path("fields").size());
        assertTrue(withFields.get(0).path("fields").get(0).path("text").asText().startsWith("*Data analyst*"));
    }

    @Test
    void aHugeAnswerIsTrimmedToFiftyBlocksEndingWithAMoreNoteAndKeepsSourcesAndButtons() {
        SlackMessage message = renderer.render(HugeAnswers.huge(), new Framing("note", "1:q",
                HugeAnswers.MARKUP + "q".repeat(1_000)));
        BlockKitLimits.assertWithin(message.blocks(), SlackLimits.MESSAGE_BLOCKS);
        JsonNode blocks = BlockKitLimits.json(message.blocks());
        assertEquals(SlackLimits.MESSAGE_BLOCKS, blocks.size());
        String all = blocks.toString();
        assertTrue(all.contains("more in the full answer"));
        JsonNode feedback = blocks.get(blocks.size() - 1);
        assertEquals(FeedbackButtons.BLOCK_ID, feedback.path("block_id").asText());
        assertEquals(List.of(SlackNames.HELPFUL, SlackNames.UNHELPFUL), StreamSupport.stream(
                feedback.path("elements").spliterator(), false).map(b -> b.path("action_id").asText()).toList());
        assertEquals("actions", blocks.get(blocks.size() - 2).path("type").asText());
        assertEquals(1 + AnswerButtons.MAX_FOLLOW_UPS, blocks.get(blocks.size() - 2).path("elements").size());
        assertTrue(blocks.get(blocks.size() - 3).toString().contains("Sources:"));
        assertTrue(all.contains("&lt;!channel&gt;"), "mrkdwn is escaped (plain_text needs no escaping)");
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
        Answer empty = new Answer("search", Entities.NONE, "", "", null, null, null, null);
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
}
