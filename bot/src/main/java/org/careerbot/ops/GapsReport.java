package org.careerbot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gaps log says since a moment: the most frequent unanswered questions, grouped by topic, and the answers
 * users found unhelpful, grouped by intent and topic. Lines that cannot be read (a line cut short by a crash, an
 * edit by hand) are skipped and counted, never fatal.
 */
public final class GapsReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Group> unanswered = new HashMap<>();
    private final Map<String, Group> unhelpful = new HashMap<>();
    private int helpful;
    private int malformed;

    /**
     * Those seen so far of one kind: how many, and the first question text kept, if any.
     *
     * @param intent  the intent (unhelpful answers) or the most recent one (unanswered questions)
     * @param topic   the topic
     * @param count   how many
     * @param example a question as asked, or null when the log keeps no text
     */
    record Group(String intent, String topic, int count, String example) {
        Group add(String intent, String question) {
            return new Group(intent, topic, count + 1, example != null ? example : question);
        }
    }

    private GapsReport() {
    }

    /**
     * Reads a gaps log; a file that does not exist reads as empty.
     *
     * @param file  the JSON-lines file
     * @param since only events at or after this moment count
     * @throws IOException when the file exists but cannot be read
     */
    public static GapsReport read(Path file, Instant since) throws IOException {
        GapsReport report = new GapsReport();
        if (!Files.exists(file)) {
            return report;
        }
        // A reader with a charset replaces bytes that are not UTF-8 (a line cut mid-character) instead of failing.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    report.add(line, since);
                }
            }
        }
        return report;
    }

    private void add(String line, Instant since) {
        JsonNode e;
        Instant at;
        try {
            e = JSON.readTree(line);
            at = Instant.parse(e.path("at").asText());
        } catch (IOException | DateTimeParseException ex) {
            malformed++;
            return;
        }
        if (at.isBefore(since)) {
            return;
        }
        String intent = text(e, "intent");
        String topic = text(e, "topic");
        String question = e.path("question").isTextual() ? e.path("question").asText() : null;
        switch (e.path("event").asText()) {
            case "unanswered" -> count(unanswered, topic, intent, topic, question);
            case "unhelpful" -> count(unhelpful, intent + "\n" + topic, intent, topic, question);
            case "helpful" -> helpful++;
            default -> malformed++;
        }
    }

    private static void count(Map<String, Group> groups, String key, String intent, String topic, String question) {
        groups.merge(key, new Group(intent, topic, 1, question), (old, one) -> old.add(intent, question));
    }

    private static String text(JsonNode e, String field) {
        return e.path(field).isTextual() ? e.path(field).asText() : "";
    }

    /** Lines that could not be read. */
    public int malformed() {
        return malformed;
    }

    /** The most frequent unanswered topics, at most {@code top}. */
    List<Group> unanswered(int top) {
        return ranked(unanswered, top);
    }

    /** The most frequent unhelpful intent and topic pairs, at most {@code top}. */
    List<Group> unhelpful(int top) {
        return ranked(unhelpful, top);
    }

    private static List<Group> ranked(Map<String, Group> groups, int top) {
        return groups.values().stream().sorted(Comparator.comparingInt(Group::count).reversed()
                .thenComparing(Group::topic).thenComparing(Group::intent)).limit(top).toList();
    }

    /** The report as text for people: the top {@code top} of each list, with counts. */
    public String render(int top) {
        StringBuilder out = new StringBuilder();
        int missed = unanswered.values().stream().mapToInt(Group::count).sum();
        out.append("Unanswered questions: ").append(missed).append(", by topic, most frequent first\n");
        unanswered(top).forEach(g -> out.append(line(g.count(), g.topic(), g.example())));
        int bad = unhelpful.values().stream().mapToInt(Group::count).sum();
        out.append("\nUnhelpful answers: ").append(bad).append(" (helpful: ").append(helpful)
                .append("), by intent and topic, most frequent first\n");
        unhelpful(top).forEach(g -> out.append(line(g.count(), g.intent() + "  " + g.topic(), g.example())));
        return out.toString();
    }

    private static String line(int count, String what, String example) {
        String shown = what.isBlank() ? "(no topic)" : what.strip();
        String e = example == null || example.isBlank() ? "" : "  e.g. \"" + oneLine(example) + "\"";
        return String.format("%7d  %s%s%n", count, shown, e);
    }

    /** An example on one line, short enough to read in a terminal. */
    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
