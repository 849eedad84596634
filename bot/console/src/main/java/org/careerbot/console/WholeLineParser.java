package org.careerbot.console;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser;

/**
 * Reads a question as one piece of text: quotes, backslashes and apostrophes mean nothing special ("what's a
 * DS?" is complete as typed), and completion sees the whole line up to the cursor, so that {@link NameCompleter}
 * can complete names of several words.
 */
final class WholeLineParser implements Parser {
    @Override
    public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
        String before = line.substring(0, Math.min(cursor, line.length()));
        return new CompletingParsedLine() {
            @Override
            public String word() {
                return before;
            }

            @Override
            public int wordCursor() {
                return before.length();
            }

            @Override
            public int wordIndex() {
                return 0;
            }

            @Override
            public List<String> words() {
                return List.of(before);
            }

            @Override
            public String line() {
                return line;
            }

            @Override
            public int cursor() {
                return cursor;
            }

            /** Names are inserted as they read: nothing is quoted or escaped. */
            @Override
            public CharSequence escape(CharSequence candidate, boolean complete) {
                return candidate;
            }

            @Override
            public int rawWordCursor() {
                return before.length();
            }

            @Override
            public int rawWordLength() {
                return before.length();
            }
        };
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }
}
