package org.careerbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.careerbot.answer.Answer;

/**
 * The last answers that have a Share or More button, so Share posts exactly what the asker saw and More shows the
 * rest of it. Bounded: the least recently used go first; a share whose answer has gone (or was given by another
 * replica) asks its question again instead, and More on such an answer says that it has gone.
 */
final class AnswerCache {
    private final int capacity;
    private final AtomicLong next = new AtomicLong(System.nanoTime() & 0xFFFF_FFFFL);
    private final Map<String, Answer> answers;

    AnswerCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** Keeps the answer; returns its short id. */
    synchronized String put(Answer answer) {
        String id = Long.toString(next.incrementAndGet(), 36);
        answers.put(id, answer);
        return id;
    }

    /** The answer with this id, if still kept. */
    synchronized Optional<Answer> get(String id) {
        return Optional.ofNullable(answers.get(id));
    }
}
