package org.careerbot.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.answer.Answer;
import org.careerbot.answer.Entities;
import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

/** Which answers get a picture, as the adapters will ask. */
class PicturesTest {
    private static final Pictures PICTURES = new Pictures(KnowledgeLoader.loadBuiltIn());

    private static Answer answer(String intent, String... roles) {
        return new Answer(intent, new Entities(List.of(roles), List.of(), List.of(), List.of()), "t", "l",
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
