package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarginTest {
    @Test
    void aClearWinnerIsSurerThanATieBrokenByRank() {
        assertTrue(Margin.confidence(3, 0) > Margin.confidence(3, 3));
        assertTrue(Margin.confidence(5, 2) > Margin.confidence(5, 4));
    }

    @Test
    void confidenceStaysAboveTheBarForRetrievalAndBelowCertainty() {
        assertEquals(Margin.LEAST, Margin.confidence(0, 9));
        assertEquals(Margin.MOST, Margin.confidence(12, 0));
        assertTrue(Margin.LEAST >= 0.5, "a reading chosen by its cues is not sent to retrieval");
    }

    @Test
    void aStrongerBestScoreWithTheSameMarginIsSurer() {
        assertTrue(Margin.confidence(4, 2) > Margin.confidence(2, 0) || Margin.confidence(2, 0) == Margin.MOST);
        assertTrue(Margin.confidence(3, 2) > Margin.confidence(1, 0));
    }
}
