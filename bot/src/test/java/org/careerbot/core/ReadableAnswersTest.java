package org.careerbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerbot.answer.Brevity;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer to every question of the project's sets reads well: a lead of 1 to 60 words that opens the text,
 * a short text, no sentence said twice, no "1 subtasks", no raw file names or ids, no internal notes, and no
 * suggestion to ask what was just asked.
 */
class ReadableAnswersTest {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern RAW_FILE = Pattern.compile("\\b\\d{3}_[0-9a-f]{16}(\\.txt)?\\b");
    private static final Pattern ONE_MANY = Pattern.compile("\\b1 (subtasks|roles|tasks|skills|tools|kinds|titles)\\b");
    private static final Pattern RAW_ID = Pattern.compile("\\b(data-scientist|data-analyst|machine-learning-"
            + "(engineer|researcher)|software-engineer(-machine-learning|-deep-learning)?|deep-learning-(engineer|"
            + "researcher)|data-engineering|business-analysis|ai-infrastructure|algorithmic-coding)\\b");
    private static final Pattern NOTES = Pattern.compile("(?i)\\b(todo|fixme|null|figure lost|lost from the text)\\b");

    @ParameterizedTest
    @ValueSource(strings = {"questions/career.jsonl", "questions/community.jsonl", "questions/paraphrases.jsonl",
            "questions/heldout-real.jsonl", "questions/heldout-real-2.jsonl"})
    void everyAnswerReadsWell(String set) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (JsonNode c : QuestionSetTest.cases(set)) {
            String q = c.get("q").asText();
            Answer a = TestBot.get().answer(Question.of(q, ""));
            String text = new PlainTextRenderer().render(a);
            lengths.add(Brevity.words(text));
            problems.addAll(problems(q, a, text));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        lengths.sort(Integer::compare);
        assertTrue(lengths.get(lengths.size() / 2) <= 120, "median length " + lengths.get(lengths.size() / 2));
        assertTrue(lengths.get(lengths.size() * 9 / 10) <= 220, "90th percentile " + lengths.get(lengths.size() * 9 / 10));
    }

    private static List<String> problems(String q, Answer a, String text) {
        List<String> out = new ArrayList<>();
        int leadWords = Brevity.words(a.lead());
        if (leadWords < 1 || leadWords > Brevity.LEAD_WORDS || !text.startsWith(a.lead())) {
            out.add(q + ": lead of " + leadWords + " words, or not first");
        }
        String twice = repeated(text);
        if (twice != null) {
            out.add(q + ": says twice \"" + twice + "\"");
        }
        for (Pattern p : List.of(RAW_FILE, ONE_MANY, RAW_ID, NOTES)) {
            if (p.matcher(text).find()) {
                out.add(q + ": " + p.matcher(text).results().findFirst().orElseThrow().group());
            }
        }
        String asked = key(q);
        a.followUps().stream().filter(f -> key(f.question()).equals(asked))
                .forEach(f -> out.add(q + ": suggests asking it again"));
        return out;
    }

    /** The same rule as the shared shape check: a sentence of 40 characters or more, said again. */
    private static String repeated(String text) {
        Set<String> seen = new HashSet<>();
        for (String s : SENTENCE_END.split(text)) {
            String k = key(s);
            if (k.length() >= 40 && !seen.add(k)) {
                return s.strip();
            }
        }
        return null;
    }

    private static String key(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
