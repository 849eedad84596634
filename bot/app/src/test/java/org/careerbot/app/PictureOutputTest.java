package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A picture's file is written whole or not at all, and {@code --out} must name a file. */
@Timeout(60)
class PictureOutputTest {
    private static final byte[] OLD = {1, 2, 3};

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path png = Files.write(dir.resolve("roles.png"), OLD);
        IOException full = assertThrows(IOException.class, () -> AtomicFile.write(png, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(png), "the previous picture is untouched");
        assertEquals(List.of(png), files(), "no temporary file left behind");
    }

    @Test
    void aWriteThatFailsForANewFileLeavesNoFileAtAll() throws IOException {
        Path png = dir.resolve("new.png");
        assertThrows(IOException.class, () -> AtomicFile.write(png, out -> {
            out.write(7);
            throw new IOException("No space left on device");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileWhole() throws IOException {
        Path png = Files.write(dir.resolve("roles.png"), OLD);
        AtomicFile.write(png, new byte[] {9, 8});
        assertArrayEquals(new byte[] {9, 8}, Files.readAllBytes(png));
        assertEquals(List.of(png), files());
    }

    @Test
    void pictureMatrixWritesAWholePngAndPrintsItsPath() throws IOException {
        Path png = dir.resolve("deep/roles.png");
        CommandRun r = CommandRun.of("picture", "matrix", "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(png.toString(), r.out().strip());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("IEND", new String(bytes, bytes.length - 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyOutIsABadInputThatSaysWhatToGive() {
        CommandRun r = CommandRun.of("picture", "matrix", "--out", "");
        assertEquals(PictureCommand.BAD_INPUT, r.status());
        assertEquals("--out needs the name of the PNG file to write, e.g. --out roles.png", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void anOutThatIsAFolderIsABadInputThatSaysWhatToGive() throws IOException {
        CommandRun r = CommandRun.of("picture", "matrix", "--out", dir.toString());
        assertEquals(PictureCommand.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("--out " + dir + " is a folder: name the PNG file to write"), r.err());
        assertFalse(files().stream().anyMatch(p -> p.toString().endsWith(".png")));
    }
}
