package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMrkdwnTest {
    @Test
    void escapesTheThreeMarkupCharacters() {
        assertEquals("&lt;!channel&gt; &amp; &lt;@U1&gt;", Mrkdwn.escape("<!channel> & <@U1>"));
    }

    @Test
    void mentionsOnlyRealUserIds() {
        assertEquals("<@U012AB3CD>", Mrkdwn.mention("U012AB3CD"));
        assertEquals("someone", Mrkdwn.mention("U1> <!channel"));
        assertEquals("someone", Mrkdwn.mention(null));
    }

    @Test
    void cutKeepsShortTextAndCutsLongTextAtAWordWithAnEllipsis() {
        assertEquals("short", Mrkdwn.cut("short", 10));
        String cut = Mrkdwn.cut("the quick brown fox jumps", 12);
        assertEquals("the quick…", cut);
        assertTrue(cut.length() <= 12);
    }

    @Test
    void cutOfOneLongWordEndsWithAnEllipsisAndNeverSplitsAnEscape() {
        String cut = Mrkdwn.cut("a" + "&amp;".repeat(10), 9);
        assertTrue(cut.length() <= 9);
        assertTrue(cut.endsWith("…"));
        assertFalse(cut.replace("&amp;", "").contains("&"), cut);
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String cut = Mrkdwn.cut("x" + "😀".repeat(10), 5);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), cut);
    }

    @Test
    void splitKeepsEveryWordAndBreaksAtLinesOrSpaces() {
        String text = "one two three four five six seven eight nine ten\neleven twelve";
        List<String> chunks = Mrkdwn.split(text, 20);
        chunks.forEach(c -> assertTrue(c.length() <= 20, c));
        assertEquals(text.replace('\n', ' '), String.join(" ", chunks).replace('\n', ' '));
    }

    @Test
    void splitMarksAWordLongerThanAChunkWithAnEllipsis() {
        List<String> chunks = Mrkdwn.split("y".repeat(25), 10);
        assertEquals(3, chunks.size());
        assertTrue(chunks.get(0).endsWith("…") && chunks.get(1).endsWith("…"));
        chunks.forEach(c -> assertTrue(c.length() <= 10, c));
        assertEquals(25, String.join("", chunks).replace("…", "").length());
    }

    @Test
    void incomingTextDropsMentionsAndReadsLinksAndEscapes() {
        assertEquals("what does a data analyst do?",
                IncomingText.question("<@UBOT>   what does a data analyst do?"));
        assertEquals("compare #general and R&D see docs",
                IncomingText.question("compare <#C1|general> and R&amp;D see <https://x.org|docs> <!here>"));
        assertEquals("", IncomingText.question(null));
    }
}
