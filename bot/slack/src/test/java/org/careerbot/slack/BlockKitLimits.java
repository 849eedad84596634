package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Asserts Slack's Block Kit limits on blocks as they go over the wire. */
final class BlockKitLimits {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlockKitLimits() {
    }

    /** The blocks as Slack receives them. */
    static JsonNode json(List<LayoutBlock> blocks) {
        try {
            return JSON.readTree(GSON.toJson(blocks));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertWithin(List<LayoutBlock> blocks, int maxBlocks) {
        assertWithin(json(blocks), maxBlocks);
    }

    /** Every limit: block count, header, section text and fields, context, buttons, ids and values. */
    static void assertWithin(JsonNode blocks, int maxBlocks) {
        assertTrue(blocks.isArray() && !blocks.isEmpty(), "blocks present");
        assertTrue(blocks.size() <= maxBlocks, blocks.size() + " blocks > " + maxBlocks);
        for (JsonNode block : blocks) {
            max(block.path("block_id"), SlackLimits.ID, "block_id");
            switch (block.path("type").asText()) {
                case "header" -> {
                    assertEquals("plain_text", block.path("text").path("type").asText());
                    text(block.path("text"), SlackLimits.HEADER_TEXT, "header");
                }
                case "section" -> section(block);
                case "context" -> {
                    assertTrue(block.path("elements").size() <= SlackLimits.CONTEXT_ELEMENTS, "context elements");
                    block.path("elements").forEach(e -> text(e, SlackLimits.CONTEXT_TEXT, "context"));
                }
                case "actions" -> actions(block);
                case "divider" -> { }
                default -> throw new AssertionError("unexpected block " + block);
            }
        }
    }

    private static void section(JsonNode block) {
        JsonNode fields = block.path("fields");
        assertTrue(block.has("text") || fields.size() > 0, "a section needs text or fields");
        if (block.has("text")) {
            text(block.path("text"), SlackLimits.SECTION_TEXT, "section");
        }
        assertTrue(fields.size() <= SlackLimits.FIELDS, fields.size() + " fields");
        fields.forEach(f -> text(f, SlackLimits.FIELD_TEXT, "field"));
    }

    private static void actions(JsonNode block) {
        JsonNode elements = block.path("elements");
        assertTrue(elements.size() >= 1 && elements.size() <= SlackLimits.ACTIONS_ELEMENTS, "buttons");
        for (JsonNode button : elements) {
            assertEquals("button", button.path("type").asText());
            text(button.path("text"), SlackLimits.BUTTON_TEXT, "button");
            max(button.path("action_id"), SlackLimits.ID, "action_id");
            max(button.path("value"), SlackLimits.VALUE, "value");
            assertFalse(button.path("action_id").asText().isEmpty(), "action_id");
        }
    }

    private static void text(JsonNode text, int max, String what) {
        String value = text.path("text").asText();
        assertFalse(value.isEmpty(), what + " text empty");
        assertTrue(value.length() <= max, what + " text " + value.length() + " > " + max);
        if ("mrkdwn".equals(text.path("type").asText())) {
            assertFalse(value.contains("<!") || value.contains("<#"), what + " has unescaped markup: " + value);
        }
    }

    private static void max(JsonNode value, int max, String what) {
        if (!value.isMissingNode() && !value.isNull()) {
            assertTrue(value.asText().length() <= max, what + " too long");
        }
    }
}
