package org.careerbot.answer;

import java.util.List;

/**
 * One thing that sets compared roles apart, said as a sentence, with how sharp a difference it is and where the
 * sources say it.
 *
 * @param aspect    what it is about, e.g. {@code task:modeling}, {@code profile:scientific}, {@code education};
 *                  one sentence on several profile areas names them all ({@code profile:coding,software-engineering})
 * @param sharpness how clearly it tells the roles apart; the sharpest contrasts are said first
 * @param sentence  the sentence, ending with a full stop
 * @param sources   citations of the facts it states
 */
record Contrast(String aspect, double sharpness, String sentence, List<String> sources) {
    /** Sources are copied. */
    Contrast {
        sources = List.copyOf(sources);
    }

    /** The aspects it speaks of, one per profile area: {@code profile:coding}, {@code profile:software-engineering}. */
    List<String> aspects() {
        int colon = aspect.indexOf(':');
        String kind = aspect.substring(0, colon + 1);
        return java.util.Arrays.stream(aspect.substring(colon + 1).split(",")).map(a -> kind + a).toList();
    }

    /** The number of words of the sentence. */
    int words() {
        return Brevity.words(sentence);
    }
}
