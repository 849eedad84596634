package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** Discord's limits on one message, checked with JDA's own constants and length rules. */
final class Limits {
    private Limits() {
    }

    static void check(List<MessageCreateData> messages) {
        messages.forEach(m -> check(m.getContent(), m.getEmbeds(), m.getComponents()));
    }

    static void check(MessageCreateData m) {
        check(m.getContent(), m.getEmbeds(), m.getComponents());
    }

    static void check(MessageEditData m) {
        check(m.getContent(), m.getEmbeds(), m.getComponents());
    }

    static void check(String content, List<MessageEmbed> embeds, List<MessageTopLevelComponentUnion> rows) {
        assertTrue(content.length() <= Message.MAX_CONTENT_LENGTH, "content " + content.length());
        assertTrue(embeds.size() <= Message.MAX_EMBED_COUNT, "embeds " + embeds.size());
        int total = embeds.stream().mapToInt(MessageEmbed::getLength).sum();
        assertTrue(total <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embed characters in one message: " + total);
        embeds.forEach(Limits::check);
        assertTrue(rows.size() <= Message.MAX_COMPONENT_COUNT, "action rows " + rows.size());
        Set<String> ids = new HashSet<>();
        for (MessageTopLevelComponentUnion row : rows) {
            ActionRow r = row.asActionRow();
            assertTrue(r.getComponents().size() <= 5, "buttons in a row " + r.getComponents().size());
            for (Button b : r.getButtons()) {
                assertTrue(!b.getLabel().isEmpty() && b.getLabel().length() <= Button.LABEL_MAX_LENGTH, b.getLabel());
                assertTrue(b.getCustomId().length() <= Button.ID_MAX_LENGTH, b.getCustomId());
                assertTrue(ids.add(b.getCustomId()), "duplicate custom id " + b.getCustomId());
            }
        }
    }

    static void check(MessageEmbed e) {
        assertTrue(e.isSendable(), "sendable");
        assertTrue(e.getLength() <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embed length " + e.getLength());
        if (e.getTitle() != null) {
            assertTrue(e.getTitle().length() <= MessageEmbed.TITLE_MAX_LENGTH, "title");
        }
        if (e.getDescription() != null) {
            assertTrue(e.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH, "description");
        }
        if (e.getFooter() != null) {
            assertTrue(e.getFooter().getText().length() <= MessageEmbed.TEXT_MAX_LENGTH, "footer");
        }
        assertTrue(e.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT, "fields " + e.getFields().size());
        for (MessageEmbed.Field f : e.getFields()) {
            assertTrue(!f.getName().isEmpty() && f.getName().length() <= MessageEmbed.TITLE_MAX_LENGTH, f.getName());
            assertTrue(!f.getValue().isEmpty() && f.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH,
                    "field value " + f.getValue().length());
        }
    }

    /** Every button of a message. */
    static List<Button> buttons(List<MessageTopLevelComponentUnion> rows) {
        return rows.stream().flatMap(r -> r.asActionRow().getButtons().stream()).toList();
    }

    /** The buttons that act on the answer (follow-ups, Share), without the "Helpful?" pair. */
    static List<Button> answerButtons(List<MessageTopLevelComponentUnion> rows) {
        return buttons(rows).stream().filter(b -> !b.getCustomId().startsWith("cb:h:")).toList();
    }

    static Button button(List<MessageTopLevelComponentUnion> rows, String label) {
        List<Button> matching = buttons(rows).stream().filter(b -> b.getLabel().equals(label)).toList();
        assertEquals(1, matching.size(), "one button labelled " + label + " in " + buttons(rows));
        return matching.get(0);
    }
}
