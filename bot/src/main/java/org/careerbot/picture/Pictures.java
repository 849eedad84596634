package org.careerbot.picture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;

/**
 * The pictures that go with answers, for the adapters: a comparison of two roles with a {@code role.compare} answer,
 * the matrix of who does what with {@code role.list} and {@code lifecycle} answers. Pictures are drawn when first
 * asked for and kept: the matrix once, comparisons per ordered pair of roles in a bounded cache. Safe to share
 * between threads.
 */
public final class Pictures implements Illustrations {
    /**
     * Comparisons kept. A comparison is a few hundred kilobytes and there are n(n-1) ordered pairs of n roles, so the
     * bound keeps memory small while the pairs people actually ask about stay drawn.
     */
    static final int COMPARISONS = 32;
    private final KnowledgeBase kb;
    /** The knowledge never changes while the bot runs, so the matrix is drawn once, when first asked for. */
    private Picture matrix;
    private final Cache<List<String>, Picture> comparisons;

    /** Pictures of a knowledge base. */
    public Pictures(KnowledgeBase kb) {
        this(kb, COMPARISONS);
    }

    Pictures(KnowledgeBase kb, int comparisons) {
        this.kb = Objects.requireNonNull(kb, "kb");
        // Evictions on the calling thread: nothing runs in the background, and tests see the bound at once.
        this.comparisons = Caffeine.newBuilder().maximumSize(comparisons).executor(Runnable::run).build();
    }

    /**
     * The picture that illustrates an answer, if there is one: the comparison for a {@code role.compare} answer about
     * exactly two different roles, the matrix for {@code role.list} and {@code lifecycle}; empty for any other.
     */
    @Override
    public Optional<Picture> forAnswer(Answer answer) {
        if (!illustrates(answer)) {
            return Optional.empty();
        }
        List<String> roles = answer.entities().roles();
        return Optional.of(answer.intent() == Intent.ROLE_COMPARE ? compare(roles.get(0), roles.get(1)) : matrix());
    }

    /** Whether {@link #forAnswer} has a picture for this answer; nothing is drawn to tell. */
    @Override
    public boolean illustrates(Answer answer) {
        if (answer == null || answer.intent() == null) {
            return false;
        }
        return switch (answer.intent()) {
            case ROLE_COMPARE -> twoRoles(answer.entities().roles());
            case ROLE_LIST, LIFECYCLE -> true;
            default -> false;
        };
    }

    private boolean twoRoles(List<String> roles) {
        return roles.size() == 2 && !roles.get(0).equals(roles.get(1))
                && roles.stream().allMatch(id -> kb.role(id).isPresent());
    }

    /** The matrix of every role against every task. */
    public synchronized Picture matrix() {
        if (matrix == null) {
            matrix = new MatrixPicture(kb).render();
        }
        return matrix;
    }

    /**
     * Two roles side by side, drawn once per pair while it is kept.
     *
     * @throws IllegalArgumentException if either id names no role
     */
    public Picture compare(String leftRoleId, String rightRoleId) {
        return comparisons.get(List.of(leftRoleId, rightRoleId),
                pair -> new ComparePicture(kb, pair.get(0), pair.get(1)).render());
    }

    /** How many comparisons are kept now. */
    long comparisonsKept() {
        comparisons.cleanUp();
        return comparisons.estimatedSize();
    }
}
