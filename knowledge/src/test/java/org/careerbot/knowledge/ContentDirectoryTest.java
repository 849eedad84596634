package org.careerbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content directory is read only inside itself, only its knowledge files and source texts, only regular files
 * within the size limit; anything else is a problem that names the file and what would be right.
 */
class ContentDirectoryTest {
    private static final String ONE_TOOL = "[{\"id\": \"polars\", \"name\": \"Polars\", \"kind\": \"library\"}]";

    /** Holds both the content directory and a folder beside it, so that links out of one stay in the test's. */
    @TempDir
    Path base;

    private Path dir;
    private Path elsewhere;

    @BeforeEach
    void folders() throws IOException {
        dir = Files.createDirectory(base.resolve("content"));
        elsewhere = Files.createDirectory(base.resolve("elsewhere"));
    }

    private Path write(Path base, String file, String text) throws IOException {
        Path path = base.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static String source(String file) {
        return """
                [{"file": "%s", "title": "Our handbook", "sections": [{"name": "Pay", "start": "root"}]}]"""
                .formatted(file);
    }

    /** The only problem of the directory, after checking that check() and load() agree, within a few seconds. */
    private Problem onlyProblem() {
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> KnowledgeLoader.check(dir));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(dir));
        assertEquals(problems, e.problems());
        assertEquals(1, problems.size(), e::getMessage);
        return problems.get(0);
    }

    private void assertProblem(Problem p, String file, String entry, String... messageParts) {
        assertAll(p.toString(),
                () -> assertEquals(dir.resolve(file).toString(), p.file(), "file"),
                () -> assertEquals(entry, p.entry(), "entry"),
                () -> {
                    for (String part : messageParts) {
                        assertTrue(p.message().contains(part), "message lacks '" + part + "': " + p.message());
                    }
                });
    }

    // ---- paths that lead out of the directory

    @Test
    void sourceTextThatClimbsOutOfTheDirectoryIsRefusedAndNeverRead() throws IOException {
        write(elsewhere, "secret.txt", "root\nthe password is swordfish\n");
        String climb = "../".repeat(dir.getNameCount() + 2) + elsewhere.resolve("secret.txt").toString().substring(1);
        write(dir, "sources.json", source(climb));
        assertProblem(onlyProblem(), "sources.json", "source '" + climb + "'", "leads outside",
                "sources/ folder");
    }

    @Test
    void sourceTextWithAnAbsolutePathIsRefused() throws IOException {
        write(elsewhere, "secret.txt", "root\nswordfish\n");
        String absolute = elsewhere.resolve("secret.txt").toString();
        write(dir, "sources.json", source(absolute));
        assertProblem(onlyProblem(), "sources.json", "source '" + absolute + "'", "leads outside");
    }

    @Test
    void sourceTextThatIsALinkToAFileOutsideIsRefused() throws IOException {
        Path secret = write(elsewhere, "secret.txt", "root\nswordfish\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.createSymbolicLink(dir.resolve("sources/handbook.txt"), secret);
        write(dir, "sources.json", source("handbook.txt"));
        assertProblem(onlyProblem(), "sources.json", "source 'handbook.txt'",
                "symbolic link to a file outside the content directory");
    }

    @Test
    void sourcesFolderThatIsALinkOutsideIsRefused() throws IOException {
        write(elsewhere, "handbook.txt", "root\nswordfish\n");
        Files.createSymbolicLink(dir.resolve("sources"), elsewhere);
        write(dir, "sources.json", source("handbook.txt"));
        assertProblem(onlyProblem(), "sources.json", "source 'handbook.txt'", "outside the content directory");
    }

    @Test
    void knowledgeFileThatIsALinkToAFileOutsideIsRefused() throws IOException {
        Path tools = write(elsewhere, "tools.json", ONE_TOOL);
        Files.createSymbolicLink(dir.resolve("tools.json"), tools);
        assertProblem(onlyProblem(), "tools.json", "", "symbolic link to a file outside the content directory");
    }

    @Test
    void linksThatStayInsideTheDirectoryAreFollowed() throws IOException {
        Path tools = write(dir, "drafts/tools-v2.json", ONE_TOOL);
        Files.createSymbolicLink(dir.resolve("tools.json"), tools);
        KnowledgeBase kb = assertDoesNotThrow(() -> KnowledgeLoader.load(dir));
        assertEquals("Polars", kb.name(EntityKind.TOOL, "polars"));
    }

    @Test
    void sourceNamedByAUrlWithoutTextStaysValid() throws IOException {
        write(dir, "sources.json", source("https://example.org/handbook"));
        assertEquals(List.of(), KnowledgeLoader.check(dir));
    }

    // ---- entries the loader would not read

    @Test
    void unknownJsonFileIsAProblemNamingTheFilesAccepted() throws IOException {
        write(dir, "faq.json", "[]");
        assertProblem(onlyProblem(), "faq.json", "", "unknown file", String.join(", ", ContentDirectory.FILES),
                "sources/ folder", "go into topics.json");
    }

    @Test
    void wronglyCasedFileNameIsANearMissNamingTheExpectedName() throws IOException {
        write(dir, "Topics.json", "[]");
        assertProblem(onlyProblem(), "Topics.json", "", "did you mean 'topics.json'?");
    }

    @Test
    void misspeltFileNameIsANearMissNamingTheExpectedName() throws IOException {
        write(dir, "role.json", "[]");
        assertProblem(onlyProblem(), "role.json", "", "did you mean 'roles.json'?");
    }

    @Test
    void directoryNamedLikeAKnowledgeFileIsAProblem() throws IOException {
        Files.createDirectories(dir.resolve("roles.json"));
        assertProblem(onlyProblem(), "roles.json", "", "is a directory, not a file");
    }

    @Test
    void symbolicLinkLoopIsAProblemNotAHang() throws IOException {
        Files.createSymbolicLink(dir.resolve("roles.json"), dir.resolve("roles.json"));
        assertProblem(onlyProblem(), "roles.json", "", "symbolic link that cannot be followed");
    }

    @Test
    void linkToNothingIsAProblem() throws IOException {
        Files.createSymbolicLink(dir.resolve("topics.json"), dir.resolve("gone.json"));
        assertProblem(onlyProblem(), "topics.json", "", "symbolic link that cannot be followed");
    }

    @Test
    void sourcesThatIsAFileIsAProblem() throws IOException {
        write(dir, "sources", "not a folder");
        assertProblem(onlyProblem(), "sources", "", "must be a folder of source texts");
    }

    @Test
    void filesThatAreNotJsonHiddenFilesAndBackupsAreIgnored() throws IOException {
        write(dir, "README.md", "# Our content");
        write(dir, ".git/config", "[core]");
        write(dir, "tools.json~", "[{\"half\": ");
        write(dir, "roles.json.bak", "[");
        write(dir, "tools.json", ONE_TOOL);
        assertEquals(List.of(), KnowledgeLoader.check(dir));
    }

    @Test
    void nearMissesAreTheKnowledgeFilesAlone() {
        assertEquals(Optional.of("synonyms.json"), ContentDirectory.nearMiss("Synonym.json"));
        assertEquals(Optional.of("sources"), ContentDirectory.nearMiss("Sources"));
        assertEquals(Optional.empty(), ContentDirectory.nearMiss("faq.json"));
        assertEquals(Optional.empty(), ContentDirectory.nearMiss("README.md"));
    }

    // ---- size and encoding

    @Test
    void knowledgeFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        sparse(dir.resolve("roles.json"), 11L * 1024 * 1024);
        assertProblem(onlyProblem(), "roles.json", "", "11.0 MB", "more than the 10 MB");
    }

    @Test
    void sourceTextOverTheSizeLimitIsRefusedUnread() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        sparse(dir.resolve("sources/handbook.txt"), 10L * 1024 * 1024 + 1);
        write(dir, "sources.json", source("handbook.txt"));
        assertProblem(onlyProblem(), "sources.json", "source 'handbook.txt'", "more than the 10 MB");
    }

    @Test
    void filesOverTheLimitInAllAreRefusedHoweverOftenTheSameIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Path text = write(dir, "sources/handbook.txt", "root\n" + "x".repeat(9 * 1024 * 1024) + "\n");
        StringBuilder docs = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            Files.createSymbolicLink(dir.resolve("sources/copy-" + i + ".txt"), text);
            docs.append(i == 0 ? "" : ",").append("{\"file\": \"copy-").append(i)
                    .append(".txt\", \"sections\": [{\"name\": \"All\", \"start\": \"root\"}]}");
        }
        write(dir, "sources.json", docs.append("]").toString());
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> KnowledgeLoader.check(dir));
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.get(0), "sources.json", "source 'copy-5.txt'", "more than 50 MB in all");
    }

    @Test
    void fileThatIsNotUtf8IsAProblem() throws IOException {
        Files.write(dir.resolve("tools.json"), new byte[] {'[', (byte) 0xff, (byte) 0xfe, ']'});
        assertProblem(onlyProblem(), "tools.json", "", "is not UTF-8 text");
    }

    @Test
    void fileJustUnderTheLimitIsRead() throws IOException {
        String padding = " ".repeat(ContentDirectory.MAX_MB * 1024 * 1024 - ONE_TOOL.length() - 1);
        write(dir, "tools.json", ONE_TOOL + padding);
        assertFalse(assertDoesNotThrow(() -> KnowledgeLoader.load(dir)).tools().isEmpty());
    }

    /** A file of that many bytes that takes no room on disk. */
    private static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }
}
