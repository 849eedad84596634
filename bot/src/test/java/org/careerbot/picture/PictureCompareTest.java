package org.careerbot.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.picture.CompareGeometry.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two roles side by side: what they share is highlighted, what they do not is not, and the image stays postable. */
class PictureCompareTest {
    private static KnowledgeBase kb;
    private static ComparePicture compare;
    private static Picture picture;
    private static BufferedImage image;

    @BeforeAll
    static void render() {
        kb = KnowledgeLoader.loadBuiltIn();
        compare = new ComparePicture(kb, "data-scientist", "data-analyst");
        picture = compare.render();
        image = Pixels.decode(picture);
    }

    private static Rectangle item(Block block, int column, String id) {
        return compare.geometry().item(block, column, id).orElseThrow(() -> new AssertionError(block + " " + id));
    }

    @Test
    void isAPngOfASaneSize() {
        assertTrue(picture.width() >= 1200 && picture.width() <= 3000, "width " + picture.width());
        assertTrue(picture.height() >= 800 && picture.height() <= ComparePicture.MAX_HEIGHT, "" + picture.height());
        assertEquals("Data scientist vs. data analyst", picture.title());
    }

    @Test
    void sharedTasksAreHighlightedInBothColumns() {
        for (int column = 0; column < 2; column++) {
            Rectangle cell = item(Block.TASKS, column, "data-engineering");
            assertTrue(Pixels.share(image, cell, Palette.SHARED) > 0.3, "highlight behind a shared task");
            assertTrue(Pixels.share(image, cell, Palette.CORE) > 0.03, "its solid mark");
        }
    }

    @Test
    void aTaskOnlyOneCarriesOutIsMarkedButNotHighlighted() {
        Rectangle scientist = item(Block.TASKS, 0, "modeling");
        assertTrue(Pixels.share(image, scientist, Palette.CORE) > 0.03);
        assertEquals(0, Pixels.share(image, scientist, Palette.SHARED));
        Rectangle analyst = item(Block.TASKS, 1, "modeling");
        assertEquals(0, Pixels.share(image, analyst, Palette.CORE));
        assertTrue(Pixels.share(image, analyst, Palette.BACKGROUND) > 0.95);
    }

    @Test
    void sharedProfileLevelsAndToolsAreHighlighted() {
        assertTrue(Pixels.share(image, item(Block.PROFILE, 1, "business"), Palette.SHARED) > 0.3);
        assertEquals(0, Pixels.share(image, item(Block.PROFILE, 0, "scientific"), Palette.SHARED));
        assertTrue(Pixels.share(image, item(Block.TOOLS, 0, "python"), Palette.SHARED) > 0.3);
        assertTrue(Pixels.share(image, item(Block.TOOLS, 1, "python"), Palette.SHARED) > 0.3);
        Rectangle numpy = item(Block.TOOLS, 0, "numpy");
        assertEquals(0, Pixels.share(image, numpy, Palette.SHARED));
        assertTrue(Pixels.share(image, numpy, Palette.BAND) > 0.3);
        assertTrue(compare.geometry().item(Block.TOOLS, 1, "numpy").isEmpty(), "the data analyst lists no NumPy");
    }

    @Test
    void hatchedMarksWhereOnlySomeTakeATaskOn() {
        ComparePicture researchers = new ComparePicture(kb, "machine-learning-researcher", "machine-learning-engineer");
        BufferedImage img = Pixels.decode(researchers.render());
        Rectangle some = researchers.geometry().item(Block.TASKS, 0, "deployment").orElseThrow();
        assertTrue(Pixels.share(img, some, Palette.SOME) + Pixels.share(img, some, Palette.SOME_HATCH) > 0.02);
        assertEquals(0, Pixels.share(img, some, Palette.SHARED), "some versus core is no shared task");
    }

    @Test
    void longToolListsWrapInsideTheirColumn() {
        List<Rectangle> chips = new ArrayList<>();
        kb.role("data-scientist").orElseThrow().toolIds().forEach(t -> chips.add(item(Block.TOOLS, 0, t)));
        Rectangle column = item(Block.TASKS, 0, "modeling");
        assertTrue(chips.stream().mapToInt(r -> r.y).distinct().count() > 2, "several rows of chips");
        chips.forEach(c -> assertTrue(c.x >= column.x && c.x + c.width <= column.x + column.width, c.toString()));
        for (int i = 1; i < chips.size(); i++) {
            assertTrue(!chips.get(i).intersects(chips.get(i - 1)), "chips do not overlap");
        }
    }

    @Test
    void altTextNamesBothRolesAndWhatTheyShare() {
        String alt = picture.altText();
        assertTrue(alt.startsWith("The data scientist and the data analyst side by side."), alt);
        assertTrue(alt.contains("shared: data engineering and business analysis."), alt);
        assertTrue(alt.contains("the data scientist has solid scientific"), alt);
        assertTrue(alt.contains("shared: demonstrated business and usually required communication."), alt);
        assertTrue(alt.contains("both list Python, SQL, R"), alt);
        assertEquals("002_4766a7e2123826a9.txt#Data Scientist, 002_4766a7e2123826a9.txt#Data Analyst",
                compare.sources());
    }

    @Test
    void staysWithinTheMaximumHeightWhateverTheToolList(@TempDir Path dir) {
        List<ObjectNode> tools = IntStream.range(0, 400).mapToObj(i -> (ObjectNode) Content.object(Map.of(
                "id", "made-up-tool-" + i, "name", "Made-up tool number " + i, "kind", "tool"))).toList();
        Content.write(dir, "tools.json", tools.toArray(ObjectNode[]::new));
        ObjectNode role = Content.role("data-analyst");
        ((ObjectNode) role.get("tools").get(0)).putArray("tools")
                .addAll(tools.stream().map(t -> t.get("id")).toList());
        Content.write(dir, "roles.json", role);
        ComparePicture big = new ComparePicture(KnowledgeLoader.load(dir), "data-analyst", "data-scientist");
        Picture p = big.render();
        Pixels.decode(p);
        assertTrue(p.height() <= ComparePicture.MAX_HEIGHT, "height " + p.height());
        assertTrue(p.height() > 3000, "it grew with the list before it was cut: " + p.height());
        assertTrue(big.geometry().item(Block.TOOLS, 0, "made-up-tool-20").isPresent());
        assertTrue(big.geometry().item(Block.TOOLS, 0, "made-up-tool-399").isEmpty(), "the list was shortened");
    }

    @Test
    void unknownRolesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ComparePicture(kb, "data-scientist", "astronaut"));
    }
}
