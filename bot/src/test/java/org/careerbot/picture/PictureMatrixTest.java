package org.careerbot.picture;

import org.careerbot.answer.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;
import org.careerbot.picture.Pixels.Seen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix shows exactly what the knowledge says: probed cell by cell, and again after the knowledge changes. */
class PictureMatrixTest {
    private static KnowledgeBase kb;
    private static MatrixPicture matrix;
    private static Picture picture;
    private static BufferedImage image;

    @BeforeAll
    static void render() {
        kb = KnowledgeLoader.loadBuiltIn();
        matrix = new MatrixPicture(kb);
        picture = matrix.render();
        image = Pixels.decode(picture);
    }

    @Test
    void isAPngOfASaneSizeDrawnWithoutADisplay() {
        assertTrue(GraphicsEnvironment.isHeadless());
        assertTrue(picture.width() >= 1200 && picture.width() <= 3000, "width " + picture.width());
        assertTrue(picture.height() >= 800 && picture.height() <= 2000, "height " + picture.height());
        assertTrue(picture.png().length < 500_000, picture.png().length + " bytes");
        assertEquals(MatrixPicture.TITLE, picture.title());
    }

    @Test
    void cellsShowWhatRolesCarryOut() {
        MatrixGeometry g = matrix.geometry();
        assertEquals(Seen.SOLID, Pixels.seen(image, g.cell("data-analyst", "business-analysis")));
        assertEquals(Seen.EMPTY, Pixels.seen(image, g.cell("data-analyst", "modeling")));
        assertEquals(Seen.HATCHED, Pixels.seen(image, g.cell("machine-learning-researcher", "deployment")));
        assertEquals(Seen.SOLID, Pixels.seen(image, g.cell("software-engineer", "ai-infrastructure")));
    }

    @Test
    void everyCellMatchesTheKnowledgeInItsOrder() {
        MatrixGeometry g = matrix.geometry();
        List<Role> roles = List.copyOf(kb.roles());
        List<Task> tasks = List.copyOf(kb.tasks());
        assertEquals(roles.stream().map(Role::id).toList(), g.roleIds());
        assertEquals(tasks.stream().map(Task::id).toList(), g.taskIds());
        assertEquals(9, roles.size());
        assertEquals(5, tasks.size());
        for (int r = 0; r < roles.size(); r++) {
            for (int t = 0; t < tasks.size(); t++) {
                assertEquals(expected(roles.get(r), tasks.get(t).id()), Pixels.seen(image, g.cell(r, t)),
                        roles.get(r).id() + " x " + tasks.get(t).id());
            }
        }
    }

    private static Seen expected(Role role, String task) {
        return role.coreTasks().contains(task) ? Seen.SOLID : role.someTasks().contains(task) ? Seen.HATCHED
                : Seen.EMPTY;
    }

    @Test
    void cellsLieInsideTheImageAndDoNotOverlap() {
        MatrixGeometry g = matrix.geometry();
        Rectangle bounds = new Rectangle(0, 0, picture.width(), picture.height());
        Rectangle first = g.cell(0, 0);
        Rectangle last = g.cell(g.roleIds().size() - 1, g.taskIds().size() - 1);
        assertTrue(bounds.contains(first) && bounds.contains(last));
        assertTrue(first.x > picture.width() / 5, "role names fit left of the grid");
        assertTrue(last.y + last.height < picture.height() - 60, "room for the source line below the grid");
        assertTrue(!g.cell(0, 0).intersects(g.cell(0, 1)) && !g.cell(0, 0).intersects(g.cell(1, 0)));
    }

    @Test
    void altTextAndSourceLineComeFromTheKnowledge() {
        String alt = picture.altText();
        assertTrue(alt.startsWith("Grid of 9 roles by 5 tasks: the data scientist carries out data engineering, "
                + "modeling and business analysis; "), alt);
        assertTrue(alt.contains("the machine learning researcher carries out data engineering and modeling (some also "
                + "do deployment and AI infrastructure)"), alt);
        kb.roles().forEach(r -> assertTrue(alt.contains(Words.lower(r.name())), r.id()));
        assertTrue(alt.length() <= Picture.MAX_ALT_TEXT);
        assertEquals("002_4766a7e2123826a9.txt, 000_f0e2716c1acb6f1f.txt, 001_fa10bec0cd53a95f.txt, "
                + "003_f0ede787a5c62240.txt", matrix.sources());
    }

    @Test
    void followsAChangedRoleAndANewOne(@TempDir Path dir) {
        Map<String, String> tasks = new LinkedHashMap<>();
        tasks.put("modeling", "core");
        tasks.put("deployment", "some");
        ObjectNode wrangler = Content.role("data-scientist").put("id", "data-wrangler").put("name", "Data wrangler");
        Content.write(dir, "roles.json", Content.withTasks(Content.role("data-analyst"), tasks),
                Content.withTasks(wrangler, Map.of("data-engineering", "core")));
        KnowledgeBase changed = KnowledgeLoader.load(dir);
        MatrixPicture m = new MatrixPicture(changed);
        Picture p = m.render();
        BufferedImage img = Pixels.decode(p);
        MatrixGeometry g = m.geometry();
        assertEquals(Seen.SOLID, Pixels.seen(img, g.cell("data-analyst", "modeling")));
        assertEquals(Seen.EMPTY, Pixels.seen(img, g.cell("data-analyst", "business-analysis")));
        assertEquals(Seen.HATCHED, Pixels.seen(img, g.cell("data-analyst", "deployment")));
        assertEquals(10, g.roleIds().size());
        assertEquals("data-wrangler", g.roleIds().get(9));
        assertEquals(Seen.SOLID, Pixels.seen(img, g.cell("data-wrangler", "data-engineering")));
        assertEquals(Seen.EMPTY, Pixels.seen(img, g.cell("data-wrangler", "modeling")));
        assertTrue(p.height() > picture.height(), "a row more");
        assertTrue(p.altText().startsWith("Grid of 10 roles by 5 tasks"), p.altText());
        assertNotEquals(picture, p);
    }
}
