package org.careerbot.discord;

import java.util.List;

/**
 * How an answer reaches Discord.
 *
 * @param ephemeral whether only the asker sees it (it then gets a Share button)
 * @param content   a line above the embeds, such as a mention; empty for none
 * @param ping      the users the message may notify; nobody else is pinged, whatever the content holds
 * @param key       the answer's cache key, which its buttons refer to
 * @param question  the question answered, which the "Helpful?" buttons report; empty when unknown
 */
record Delivery(boolean ephemeral, String content, List<Long> ping, String key, String question) {
    /** Null parts read as empty. */
    Delivery {
        content = content == null ? "" : content;
        ping = ping == null ? List.of() : List.copyOf(ping);
        key = key == null ? "" : key;
        question = question == null ? "" : question;
    }

    /** Only the asker sees it. */
    static Delivery privately(String key) {
        return new Delivery(true, "", List.of(), key, "");
    }

    /** Everyone in the channel sees it. */
    static Delivery publicly(String key, String content, List<Long> ping) {
        return new Delivery(false, content, ping, key, "");
    }

    /** The same delivery of the answer to this question. */
    Delivery about(String question) {
        return new Delivery(ephemeral, content, ping, key, question);
    }
}
