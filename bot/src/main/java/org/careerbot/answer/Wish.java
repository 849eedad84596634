package org.careerbot.answer;

/**
 * Something a person asking which role fits them says they like or have, or would rather avoid.
 *
 * @param kind    what it names
 * @param id      the role, task, skill or tool id, the profile area ("spreadsheets"), or the words in lower case
 * @param words   how to name it back to them ("SQL", "deep learning")
 * @param dislike whether they would rather avoid it
 */
record Wish(Kind kind, String id, String words, boolean dislike) {
    /** What a wish names. */
    enum Kind {
        /** A role by name or title. */
        ROLE,
        /** One of the five tasks, by name or by words of its work ("production", "dashboards"). */
        TASK,
        /** A skill. */
        SKILL,
        /** A tool. */
        TOOL,
        /** A skill-profile area by its word ("spreadsheets", "coding"). */
        AREA,
        /** Other words of the message, as typed ("CNNs and computer vision"), matched against how roles are described. */
        WORDS
    }
}
