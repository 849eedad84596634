package org.careerbot.answer;

import java.util.List;
import org.careerbot.knowledge.Role;

/**
 * How well a role fits what a person said, and why, in words ready for a sentence.
 *
 * @param role      the role
 * @param score     points for what it shares with their likes, less what it has of their lighter dislikes
 * @param conflict  weight of what its core tasks or profile need that they would rather avoid; above zero rules
 *                  the role down below every role without one
 * @param named     whether they named the role (or a title companies give it) as one they like
 * @param liked     what else they said that the role matches, as they would name it ("SQL", "business analysis")
 * @param waived    what they would rather avoid and the role is said not to need or do ("needs no algorithmic
 *                  coding")
 * @param strengths the role's profile statements that match what they like ("requires deep learning knowledge")
 * @param needs     what the role needs that they would rather avoid, as clauses ("it does deployment", "its
 *                  modeling involves mathematics")
 * @param minor     what of their dislikes the role only touches, as clauses ("its business analysis also involves
 *                  mathematics", "some in the role take on deployment")
 * @param sources   citations of the facts these words rest on
 */
record RoleFit(Role role, double score, double conflict, boolean named, List<String> liked, List<String> waived,
               List<String> strengths, List<String> needs, List<String> minor, List<String> sources) {
    /** Lists are copied. */
    RoleFit {
        liked = List.copyOf(liked);
        waived = List.copyOf(waived);
        strengths = List.copyOf(strengths);
        needs = List.copyOf(needs);
        minor = List.copyOf(minor);
        sources = List.copyOf(sources);
    }

    /** Whether anything they like or have points to the role. */
    boolean matches() {
        return (named || !liked.isEmpty()) && score > 0;
    }

    /** Whether something it needs is what they would rather avoid. */
    boolean ruledDown() {
        return conflict > 0;
    }
}
