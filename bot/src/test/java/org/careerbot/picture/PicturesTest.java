package org.careerbot.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

/** Which answers get a picture, as the adapters will ask. */
class PicturesTest {
    private static final Pictures PICTURES = new Pictures(KnowledgeLoader.loadBuiltIn());

    private static Answer answer(String intent, String... roles) {
        Intent answered = intent == null ? null : Intent.of(intent).orElseThrow();
        return new Answer(answered, new Entities(List.of(roles), List.of(), List.of(), List.of()), "t", "l",
                List.of(), null, List.of(), List.of());
    }

    @Test
    void aComparisonOfTwoRolesGetsTheirPicture() {
        Picture p = PICTURES.forAnswer(answer("role.compare", "data-analyst", "software-engineer")).orElseThrow();
        assertEquals("Data analyst vs. software engineer", p.title());
        Pixels.decode(p);
    }

    @Test
    void roleListsAndTheLifeCycleGetTheMatrixDrawnOnce() {
        Picture list = PICTURES.forAnswer(answer("role.list")).orElseThrow();
        assertEquals(MatrixPicture.TITLE, list.title());
        assertSame(list, PICTURES.forAnswer(answer("lifecycle")).orElseThrow());
    }

    @Test
    void aComparisonIsDrawnOncePerPairWhileKept() {
        Picture first = PICTURES.forAnswer(answer("role.compare", "data-scientist", "data-analyst")).orElseThrow();
        assertSame(first, PICTURES.forAnswer(answer("role.compare", "data-scientist", "data-analyst")).orElseThrow());
        Picture swapped = PICTURES.forAnswer(answer("role.compare", "data-analyst", "data-scientist")).orElseThrow();
        assertEquals("Data analyst vs. data scientist", swapped.title(), "the order asked is the order drawn");
    }

    @Test
    void keptComparisonsAreBounded() {
        Pictures pictures = new Pictures(KnowledgeLoader.loadBuiltIn(), 2);
        pictures.compare("data-scientist", "data-analyst");
        pictures.compare("data-analyst", "software-engineer");
        pictures.compare("software-engineer", "data-scientist");
        assertTrue(pictures.comparisonsKept() <= 2, pictures.comparisonsKept() + " kept");
        assertEquals("Data scientist vs. data analyst", pictures.compare("data-scientist", "data-analyst").title(),
                "a comparison no longer kept is drawn again");
    }

    @Test
    void whetherAnAnswerHasAPictureIsToldWithoutDrawingIt() {
        Pictures fresh = new Pictures(KnowledgeLoader.loadBuiltIn());
        assertTrue(fresh.illustrates(answer("role.compare", "data-analyst", "software-engineer")));
        assertTrue(fresh.illustrates(answer("lifecycle")));
        assertFalse(fresh.illustrates(answer("role.compare", "data-analyst", "astronaut")));
        assertFalse(fresh.illustrates(answer("role.tools", "data-analyst")));
        assertEquals(0, fresh.comparisonsKept(), "nothing drawn");
    }

    @Test
    void noPicturesMeansNoneForAnyAnswer() {
        assertTrue(Illustrations.NONE.forAnswer(answer("role.list")).isEmpty());
        assertFalse(Illustrations.NONE.illustrates(answer("role.list")));
    }

    @Test
    void aPicturesFileNameIsMadeOfItsTitle() {
        assertEquals("data-analyst-vs-software-engineer.png", PICTURES.compare("data-analyst", "software-engineer")
                .fileName());
        assertEquals("who-does-what-in-an-ai-project.png", PICTURES.matrix().fileName());
        assertEquals("cafe-role-vs-r-d.png", new Picture(new byte[0], 1, 1, "alt", "Café role vs. R&D").fileName());
        assertEquals("picture.png", new Picture(new byte[0], 1, 1, "alt", "!!!").fileName());
        assertTrue(new Picture(new byte[0], 1, 1, "alt", "x".repeat(300)).fileName().length() <= 64);
    }

    @Test
    void otherAnswersGetNone() {
        assertTrue(PICTURES.forAnswer(answer("role.tools", "data-analyst")).isEmpty());
        assertTrue(PICTURES.forAnswer(answer("role.compare", "data-analyst")).isEmpty());
        assertTrue(PICTURES.forAnswer(answer("role.compare", "data-analyst", "data-scientist", "software-engineer"))
                .isEmpty());
        assertTrue(PICTURES.forAnswer(answer("role.compare", "data-analyst", "data-analyst")).isEmpty());
        assertTrue(PICTURES.forAnswer(answer("role.compare", "data-analyst", "astronaut")).isEmpty());
        assertTrue(PICTURES.forAnswer(answer(null)).isEmpty());
        assertTrue(PICTURES.forAnswer(null).isEmpty());
    }
}
