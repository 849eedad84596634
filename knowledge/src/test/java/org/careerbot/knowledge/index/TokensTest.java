package org.careerbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one way text is cut into words, shared by names and questions. */
class TokensTest {
    @Test
    void cPlusPlusAndCSharpSurvive() {
        assertEquals(List.of("c++", "and", "c#"), Tokens.of("C++ and C#"));
        assertEquals(List.of("I", "know", "C++", "C#", "and", "F#"), Tokens.split("I know C++/C#, and F#."));
    }

    @Test
    void plusAndHashStartNoWord() {
        assertEquals(List.of("c"), Tokens.of("+c #"));
        assertEquals(List.of("tag"), Tokens.of("#tag"));
        assertEquals(List.of(), Tokens.of("++ ## + #"));
    }

    @Test
    void accentsAreFolded() {
        assertEquals(List.of("cafe", "resume", "naive", "senor"), Tokens.of("Café résumé naïve señor"));
        assertEquals(List.of("Resume"), Tokens.split("Résumé"));
    }

    @Test
    void punctuationAndHyphensCutWords() {
        assertEquals(List.of("software", "engineer", "machine", "learning"),
                Tokens.of("software engineer-machine learning"));
        assertEquals(List.of("scikit", "learn", "jupyter", "notebook"), Tokens.of("scikit-learn, (Jupyter) notebook!"));
        assertEquals(List.of("data", "scientist", "s", "job"), Tokens.of("data scientist's job"));
        assertEquals(List.of("ai", "ml"), Tokens.of("AI/ML"));
    }

    @Test
    void digitsAreKeptInWords() {
        assertEquals(List.of("python3", "in", "2020", "f1", "score"), Tokens.of("Python3 in 2020: F1-score"));
    }

    @Test
    void splitKeepsCase() {
        assertEquals(List.of("What", "does", "an", "MLE", "do"), Tokens.split("What does an MLE do?"));
        assertEquals(List.of("R", "or", "r"), Tokens.split("R or r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What does an MLE do?", "C++ and C#", "Software Engineer-Machine Learning",
            "  résumé  of a Data   Scientist's  ", "AI infra / ML Ops; R&D", "data\tscientist\nvs\r\nanalyst",
            "🙂 emoji and 中文 text", "", "   "})
    void splitCutsExactlyLikeOf(String text) {
        List<String> split = Tokens.split(text);
        assertEquals(Tokens.of(text), split.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void keyJoinsTheWordsWithSingleSpaces() {
        assertEquals("software engineer machine learning", Tokens.key("  Software Engineer - Machine  Learning "));
        assertEquals("", Tokens.key("--"));
    }

    @Test
    void nonLatinScriptsAndEmojiAreNoWords() {
        assertEquals(List.of("data"), Tokens.of("数据 data 🙂"));
        assertEquals(List.of(), Tokens.of("机器学习工程师"));
        assertEquals(List.of(), Tokens.of(""));
    }

    @org.junit.jupiter.api.Test
    void countingCutsAsSplittingDoes() {
        for (String text : java.util.List.of("What does a C++ dev do? #ml", "data/applied/research scientist",
                "café résumé naïve", "", "  -- ", "a+b c# ++x", "I'm 45, e.g. too old?")) {
            org.junit.jupiter.api.Assertions.assertEquals(Tokens.split(text).size(), Tokens.count(text), text);
        }
    }
}
