package org.careerbot.exchange;

import java.util.Optional;

/**
 * Where answers are kept for their buttons: in this process ({@link MemoryKeptAnswers}) or shared by several
 * replicas, so that a click that reaches another replica still finds the answer. Entries expire; implementations
 * never throw: a store that cannot answer reads as "gone", and an answer it could not keep still goes out.
 */
public interface KeptAnswerStore {
    /** Keeps the answer under its id unless that id is taken; whether it was free. */
    boolean add(Kept kept);

    /** The answer kept under this id, unless it expired, gave way to newer ones, or cannot be read now. */
    Optional<Kept> find(String id);
}
