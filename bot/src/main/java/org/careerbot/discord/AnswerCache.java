package org.careerbot.discord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.careerbot.answer.Answer;

/**
 * Recent answers under short random keys, so that buttons can refer to them within Discord's 100-character custom
 * ids. Bounded (least recently used forgotten first) and expiring, so memory never grows; thread-safe. A key is
 * random rather than a counter so that a button from before a restart never finds somebody else's answer.
 */
final class AnswerCache {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int KEY_LENGTH = 10;

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final SecureRandom random = new SecureRandom();

    AnswerCache(int capacity, Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers an answer; returns its key. */
    String put(Answer answer) {
        return put(answer, "");
    }

    /** Remembers an answer and the question it answers (for "Helpful?" clicks); returns its key. */
    synchronized String put(Answer answer, String question) {
        String key = newKey();
        while (entries.containsKey(key)) {
            key = newKey();
        }
        entries.put(key, new Entry(answer, question, clock.instant()));
        return key;
    }

    /** The answer under a key, unless forgotten or expired. */
    synchronized Optional<Answer> get(String key) {
        return entry(key).map(Entry::answer);
    }

    /** The question answered under a key, unless forgotten or expired. */
    synchronized Optional<String> question(String key) {
        return entry(key).map(Entry::question);
    }

    private Optional<Entry> entry(String key) {
        Entry e = entries.get(key);
        if (e == null || e.at().plus(ttl).isBefore(clock.instant())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    synchronized int size() {
        return entries.size();
    }

    private String newKey() {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        for (int i = 0; i < KEY_LENGTH; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    private record Entry(Answer answer, String question, Instant at) {
    }
}
