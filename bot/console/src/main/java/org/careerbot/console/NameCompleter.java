package org.careerbot.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes the names of roles, tasks and skills at the end of a question typed in plain words: "what does a data
 * sc" + Tab gives "what does a data scientist". A name may have several words, so the words typed last are matched
 * as a whole; the longest match wins. Works with {@link WholeLineParser}, which hands over the whole line up to the
 * cursor as the word being completed.
 */
final class NameCompleter implements Completer {
    private final Map<String, List<String>> names;

    /**
     * A completer.
     *
     * @param names names by group ("role", "task", "skill"), as they read in a sentence
     */
    NameCompleter(Map<String, List<String>> names) {
        this.names = Map.copyOf(names);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String typed = line.word();
        for (int start : wordStarts(typed)) {
            String part = typed.substring(start).toLowerCase(Locale.ROOT);
            names.forEach((group, list) -> list.stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(part))
                    .forEach(name -> candidates.add(new Candidate(typed + name.substring(part.length()), name,
                            group, null, null, null, true))));
            if (!candidates.isEmpty()) {
                return;
            }
        }
    }

    /** Where the words of the text start, first to last; the end of the text too when it ends with a space. */
    private static List<Integer> wordStarts(String text) {
        List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        if (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            starts.add(text.length());
        }
        return starts;
    }
}
