package org.careerbot.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.careerbot.model.Answer;

/**
 * The answers whose buttons may still be clicked, so More shows the rest of what the asker saw, Share posts exactly
 * that, and a "Helpful?" click reports the whole question. Bounded and expiring, so memory never grows; an answer
 * that has gone is asked again or reported gone by the caller. Thread-safe.
 *
 * <p>Ids are random rather than counted, so that a button from before a restart (or from another replica) never
 * finds somebody else's answer, and nobody can guess the id of an answer they were not shown. They are short enough
 * for every platform's button values (Discord's custom ids hold 100 characters) and alphanumeric, so they never
 * hold the separators the buttons use.
 */
public final class KeptAnswers {
    /** Answers are kept for a day: buttons older than that are rarely clicked. */
    public static final Duration TTL = Duration.ofHours(24);
    /** Enough for a day of a busy workspace; at a few kB an answer, tens of MB at most. */
    public static final int CAPACITY = 10_000;
    /** Twelve characters of 62: 71 bits, far beyond guessing. */
    static final int ID_LENGTH = 12;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final KeptAnswerStore store;
    private final SecureRandom random = new SecureRandom();

    /** The policy every platform uses: {@link #CAPACITY} answers for {@link #TTL}, in this process. */
    public KeptAnswers(Clock clock) {
        this(CAPACITY, TTL, clock);
    }

    /**
     * Answers kept in this process for {@code ttl} after they were given, at most {@code capacity} of them.
     *
     * @param clock the time expiry is measured by
     */
    public KeptAnswers(int capacity, Duration ttl, Clock clock) {
        this(new MemoryKeptAnswers(capacity, ttl, clock));
    }

    /** Answers kept in this store, which may be shared by several replicas. */
    public KeptAnswers(KeptAnswerStore store) {
        this.store = store;
    }

    /** Keeps an answer to a question; returns it with its new id. */
    public Kept keep(Answer answer, String question) {
        while (true) {
            Kept kept = new Kept(newId(), answer, question);
            if (store.add(kept)) {
                return kept;
            }
        }
    }

    /** The answer kept under this id, unless it expired or gave way to newer ones. */
    public Optional<Kept> get(String id) {
        return isId(id) ? store.find(id) : Optional.empty();
    }

    /** How many answers are kept now, when they are kept in this process; else -1. */
    public long size() {
        return store instanceof MemoryKeptAnswers memory ? memory.size() : -1;
    }

    /** Whether a string has the shape of an id; ids never hold anything else. */
    static boolean isId(String s) {
        return s != null && !s.isEmpty() && s.length() <= ID_LENGTH
                && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
