package org.careerbot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.api.Test;

/** Any input gets an answer: random, hostile, huge, binary, other languages. */
public class RobustnessTest {
    /** Inputs written to break parsers and assumptions. */
    public static final List<String> HOSTILE = List.of("", " ", "\n\n", "?", "title:* AND (", "\"unbalanced", "'", "\\",
            "*:*", "a OR b AND NOT c~2 ^3 [x TO y] {", "🤖🤖🤖", "😀 😃 😄", "データサイエンティストとは何ですか",
            "¿Qué hace un científico de datos?", "Что делает аналитик данных?", "ما هو عالم البيانات",
            "<@U123>", "<#C123|general>", ":wave:", "<https://x.y|z>", "\u0000\u0001\u0002", "\uD83D", "\uFFFF",
            "DROP TABLE roles; --", "<script>alert(1)</script>", "%s %n %x", "${jndi:ldap://x/a}",
            "data ".repeat(20_000), "x".repeat(100_000), "compare " + "data scientist vs ".repeat(500),
            "which role fits me? I like " + "SQL and ".repeat(1_000));

    @Test
    void hostileInputsAllGetAnAnswer() {
        for (String input : HOSTILE) {
            assertAnswered(input);
        }
    }

    @Test
    void tensOfThousandsOfRandomInputsAllGetAnAnswer() {
        List<String> inputs = randomInputs(20_000, 42);
        for (int i = 0; i < inputs.size(); i++) {
            assertAnswered(inputs.get(i), "conv-" + (i % 50));
        }
    }

    /** Random inputs: characters from all of Unicode, chat-like words, raw bytes, and mixes of them. */
    public static List<String> randomInputs(int count, long seed) {
        Random random = new Random(seed);
        List<String> words = List.of("data", "scientist", "analyst", "ML", "vs", "tools", "skills", "what", "who",
                "deployment", "modeling", "I", "like", "SQL", "compare", "it", "they", "research", "infra", "DS",
                "engineer", "software", "deep", "learning", "?", "and", "not", "title:", "(", "\"", "🤖");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(switch (i % 4) {
                case 0 -> randomChars(random, random.nextInt(200));
                case 1 -> randomWords(random, words, random.nextInt(30));
                case 2 -> randomBytes(random, random.nextInt(300));
                default -> randomWords(random, words, random.nextInt(8)) + randomChars(random, 10);
            });
        }
        return out;
    }

    private static void assertAnswered(String input) {
        assertAnswered(input, "");
    }

    private static void assertAnswered(String input, String conversation) {
        Answer a = TestBot.get().answer(Question.of(input, conversation));
        assertNotNull(a);
        assertNotNull(a.intent(), input);
        assertFalse(new PlainTextRenderer().render(a).isBlank(), input);
    }

    private static String randomChars(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(r.nextInt(10) < 7 ? 32 + r.nextInt(95) : r.nextInt(0x1FFFF));
        }
        return s.toString();
    }

    private static String randomWords(Random r, List<String> words, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(words.get(r.nextInt(words.size())));
        }
        return String.join(" ", out);
    }

    private static String randomBytes(Random r, int n) {
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
