package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChatTextTest {
    @Test
    void slackTokensLinksAndEmojiAreRemoved() {
        assertEquals("what tools? see",
                ChatText.clean("<@U024BE7LH> what tools? <#C1|general> :wave: 🚀 see <https://x.y/z|this>"));
    }

    @Test
    void discordMentionsAndCustomEmojiAreRemoved() {
        assertEquals("hi there", ChatText.clean("<@!123> hi <a:dance:456> there <#789>"));
    }

    @Test
    void overlongInputIsCut() {
        String longText = "data ".repeat(10_000);
        assertTrue(ChatText.tooLong(longText));
        assertTrue(ChatText.clean(longText).length() <= ChatText.MAX_CHARS);
    }
}
