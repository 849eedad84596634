package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.picture.CompareGeometry.Block;
import org.careerbot.picture.ComparePicture;
import org.careerbot.picture.Content;
import org.careerbot.picture.MatrixGeometry;
import org.careerbot.picture.MatrixPicture;
import org.careerbot.picture.Palette;
import org.careerbot.picture.Pixels;
import org.careerbot.picture.Pixels.Seen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code picture matrix} and {@code picture compare} as scripts use them: files written, paths printed, exits. */
class PictureCommandTest {

    @Test
    void matrixWritesThePictureOfTheKnowledgeAndPrintsOnlyItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pictures/matrix.png");
        CommandRun r = CommandRun.of("picture", "matrix", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(file + System.lineSeparator(), r.out());
        assertEquals("true", System.getProperty("java.awt.headless"));
        BufferedImage image = Pixels.decode(Files.readAllBytes(file));
        MatrixGeometry g = new MatrixPicture(KnowledgeLoader.loadBuiltIn()).geometry();
        assertEquals(Seen.SOLID, Pixels.seen(image, g.cell("data-analyst", "business-analysis")));
        assertEquals(Seen.EMPTY, Pixels.seen(image, g.cell("data-analyst", "modeling")));
        assertEquals(Seen.HATCHED, Pixels.seen(image, g.cell("machine-learning-researcher", "deployment")));
    }

    @Test
    void matrixFollowsTheContentDirectory(@TempDir Path dir) throws Exception {
        Content.write(dir, "roles.json", Content.withTasks(Content.role("data-analyst"), Map.of("modeling", "core")));
        Path file = dir.resolve("matrix.png");
        CommandRun r = CommandRun.of("--content", dir.toString(), "picture", "matrix", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage image = Pixels.decode(Files.readAllBytes(file));
        MatrixGeometry g = new MatrixPicture(KnowledgeLoader.load(dir)).geometry();
        assertEquals(Seen.SOLID, Pixels.seen(image, g.cell("data-analyst", "modeling")));
        assertEquals(Seen.EMPTY, Pixels.seen(image, g.cell("data-analyst", "business-analysis")));
    }

    @Test
    void compareResolvesNamesAndAbbreviationsAndHighlightsWhatIsShared(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compare.png");
        CommandRun r = CommandRun.of("picture", "compare", "data scientist", "DA", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(file + System.lineSeparator(), r.out());
        BufferedImage image = Pixels.decode(Files.readAllBytes(file));
        assertTrue(image.getHeight() <= ComparePicture.MAX_HEIGHT);
        ComparePicture expected = new ComparePicture(KnowledgeLoader.loadBuiltIn(), "data-scientist", "data-analyst");
        Rectangle shared = expected.geometry().item(Block.TASKS, 1, "business-analysis").orElseThrow();
        assertTrue(Pixels.share(image, shared, Palette.SHARED) > 0.3);
        Rectangle own = expected.geometry().item(Block.TASKS, 0, "modeling").orElseThrow();
        assertEquals(0, Pixels.share(image, own, Palette.SHARED));
    }

    @Test
    void anUnknownRoleIsAClearErrorAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("compare.png");
        CommandRun r = CommandRun.of("picture", "compare", "data-scientist", "zzzzqqq", "--out", file.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("There is no role \"zzzzqqq\"."), r.err());
        assertTrue(r.err().contains("data-analyst (Data analyst)"), "lists the roles: " + r.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void rolesAreNeverGuessedFromWordsThatNameNone(@TempDir Path dir) {
        Path file = dir.resolve("compare.png");
        CommandRun r = CommandRun.of("picture", "compare", "foo", "bar", "--out", file.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("There is no role \"foo\".") && r.err().contains("There is no role \"bar\"."),
                r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("data-scientist (Data scientist)")).count(),
                "the roles listed once: " + r.err());
        CommandRun typo = CommandRun.of("picture", "compare", "data scientst", "DA", "--out", file.toString());
        assertEquals(2, typo.status(), "a typo is not read as the nearest role");
        assertTrue(typo.err().contains("There is no role \"data scientst\"."), typo.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void idsNamesAndKnownAbbreviationsAreAcceptedInAnyCase() {
        RoleNames roles = new RoleNames(KnowledgeLoader.loadBuiltIn());
        for (String text : List.of("data-scientist", "Data Scientist", "data_scientist", "DS", "ds")) {
            assertEquals(Set.of("data-scientist"), roles.resolve(text), text);
        }
        assertEquals(Set.of("machine-learning-engineer"), roles.resolve("ML  engineer"));
        assertEquals(Set.of(), roles.resolve("scientist"));
    }

    @Test
    void badUsageIsRefusedWithStatusTwo(@TempDir Path dir) {
        CommandRun same = CommandRun.of("picture", "compare", "data-analyst", "DA", "--out", dir.resolve("x.png").toString());
        assertEquals(2, same.status());
        assertTrue(same.err().contains("two different roles"), same.err());
        CommandRun noOut = CommandRun.of("picture", "matrix");
        assertEquals(2, noOut.status());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        assertEquals("", noOut.out());
        CommandRun noSubcommand = CommandRun.of("picture");
        assertEquals(2, noSubcommand.status());
        assertTrue(noSubcommand.err().contains("matrix or compare"), noSubcommand.err());
        CommandRun oneRole = CommandRun.of("picture", "compare", "data-analyst", "--out", dir.resolve("y.png").toString());
        assertEquals(2, oneRole.status());
    }

    @Test
    void anUnwritableFileIsAnError(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "");
        CommandRun r = CommandRun.of("picture", "matrix", "--out", blocker.resolve("matrix.png").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cannot write"), r.err());
        assertEquals("", r.out());
    }
}
