package org.careerbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * A content directory as the loader may read it: only the knowledge files and the texts under {@code sources/},
 * only inside the directory (a path or a symbolic link that leads out of it is refused), only regular files of at
 * most {@value #MAX_MB} MB of UTF-8. Content directories come from people who are not the bot's operators, so
 * nothing they name may reach other files of the machine or exhaust its memory: all the files read together may
 * hold at most {@value #MAX_TOTAL_MB} MB, however often the same file is named.
 */
final class ContentDirectory {
    /** The largest file a content directory may hold, in megabytes. */
    static final int MAX_MB = 10;
    /** The most a content directory's files may hold in all, in megabytes. */
    static final int MAX_TOTAL_MB = 50;
    /** The knowledge files a content directory may hold, in the order they are read. */
    static final List<String> FILES = List.of("sources.json", "tools.json", "skills.json", "tasks.json",
            "roles.json", "topics.json", "synonyms.json");
    /** The folder of source texts. */
    static final String SOURCES = "sources";

    private static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    /** How alike a name must be to a knowledge file's to be taken for a misspelling of it. */
    private static final float NEAR_MISS = 0.8f;

    private final Path root;
    /** What has been read so far, against {@link #MAX_TOTAL_MB}. */
    private long bytesRead;

    private ContentDirectory(Path root) {
        this.root = root;
    }

    /**
     * Opens a content directory and reports what it holds that the loader would not read: unknown JSON files,
     * misspelt names, knowledge files that are not regular files.
     *
     * @param dir      the directory as given
     * @param problems where problems are reported
     * @return the directory, or empty (with a problem reported) when it is not a readable directory
     */
    static Optional<ContentDirectory> open(Path dir, List<Problem> problems) {
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !Files.isDirectory(root)) {
            problems.add(new Problem(dir.toString(), "",
                    "is not a directory (set the content directory to a folder of knowledge JSON files)"));
            return Optional.empty();
        }
        ContentDirectory content = new ContentDirectory(root);
        content.survey(dir, problems);
        return Optional.of(content);
    }

    /**
     * The text of a knowledge file of the directory; empty if there is no such file.
     *
     * @param name one of {@link #FILES}
     * @throws Refused when it is not a readable file within the size limit, or a link that leads outside
     * @throws IOException when reading fails
     */
    Optional<String> read(String name) throws IOException {
        return readUnder(root, name);
    }

    /**
     * The text of a source, named as {@code sources.json} names it; empty if the directory does not ship it.
     *
     * @param file the source's file name, relative to {@code sources/}
     * @throws Refused when the name or a link leads outside {@code sources/}, or to something that is not a
     *                 readable file within the size limit
     * @throws IOException when reading fails
     */
    Optional<String> readSource(String file) throws IOException {
        return readUnder(root.resolve(SOURCES), file);
    }

    private Optional<String> readUnder(Path base, String relative) throws IOException {
        Path path = inside(base, relative);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = real(path);
        if (Files.isDirectory(real)) {
            throw new Refused("is a directory, not a file");
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused("is not a regular file");
        }
        long size = Files.size(real);
        if (size > MAX_BYTES) {
            throw tooLarge(size);
        }
        if (bytesRead + size > MAX_TOTAL_MB * 1024L * 1024L) {
            throw new Refused("would bring the content directory's files to more than " + MAX_TOTAL_MB
                    + " MB in all (files named several times count each time)");
        }
        byte[] bytes = bounded(real);
        bytesRead += bytes.length;
        return Optional.of(utf8(bytes));
    }

    private void survey(Path shown, List<Problem> problems) {
        try (Stream<Path> entries = Files.list(root)) {
            entries.map(p -> p.getFileName().toString()).sorted()
                    .forEach(name -> entryProblem(name).ifPresent(
                            message -> problems.add(new Problem(shown.resolve(name).toString(), "", message))));
        } catch (IOException e) {
            problems.add(new Problem(shown.toString(), "", "cannot be listed: " + e.getMessage()));
        }
    }

    /** What is wrong with an entry of the directory, if anything; the files themselves are checked when read. */
    private Optional<String> entryProblem(String name) {
        // hidden files, and an editor's backups of a knowledge file (tools.json~, roles.json.bak), are not content
        if (FILES.contains(name) || name.startsWith(".") || FILES.stream().anyMatch(name::startsWith)) {
            return Optional.empty();
        }
        if (name.equals(SOURCES)) {
            return Files.isDirectory(root.resolve(name)) ? Optional.empty()
                    : Optional.of("must be a folder of source texts");
        }
        Optional<String> meant = nearMiss(name);
        if (meant.isPresent()) {
            return Optional.of("unknown file; did you mean '" + meant.get() + "'? (names are case-sensitive)");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.of("unknown file: a content directory holds only " + String.join(", ", FILES)
                    + " and a " + SOURCES + "/ folder (questions people ask often, with their answers, go into "
                    + "topics.json)");
        }
        return Optional.empty();
    }

    /** The knowledge file a name looks like a misspelling of, e.g. {@code Topics.json} or {@code role.json}. */
    static Optional<String> nearMiss(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance();
        return Stream.concat(FILES.stream(), Stream.of(SOURCES))
                .filter(file -> distance.getDistance(file, lower) >= NEAR_MISS).findFirst();
    }

    /** The path a relative name stands for, which must lie under {@code base} as written. */
    private Path inside(Path base, String relative) throws Refused {
        try {
            Path path = base.resolve(relative).normalize();
            if (path.startsWith(base) && !path.equals(base)) {
                return path;
            }
        } catch (InvalidPathException e) {
            throw new Refused("is not a usable file name (" + e.getReason() + ")");
        }
        throw new Refused("leads outside " + where(base) + " (name a file in it, without '..' or a leading '/')");
    }

    private String where(Path base) {
        return base.equals(root) ? "the content directory" : "the content directory's " + SOURCES + "/ folder";
    }

    /** Where a path really leads, links followed (a link may lead anywhere), which must lie inside the directory. */
    private Path real(Path path) throws Refused {
        Path real;
        try {
            real = path.toRealPath();
        } catch (FileSystemException e) {
            // a link to nothing, or links in a loop: the reason says which (e.g. "Too many levels of symbolic links")
            throw new Refused("is a symbolic link that cannot be followed, to nothing or in a loop ("
                    + (e.getReason() == null ? "the file it names does not exist" : e.getReason()) + ")");
        } catch (IOException e) {
            throw new Refused("cannot be resolved: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new Refused("is a symbolic link to a file outside the content directory");
        }
        return real;
    }

    /** At most one byte more than the limit, so that a file that grows while it is read cannot exhaust memory. */
    private static byte[] bounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        }
    }

    private static String utf8(byte[] bytes) throws Refused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("is not UTF-8 text");
        }
    }

    private static Refused tooLarge(long bytes) {
        return new Refused(String.format(Locale.ROOT, "is %.1f MB, more than the %d MB a content file may have",
                bytes / (1024.0 * 1024.0), MAX_MB));
    }

    /** A file the loader will not read; the message says why, after the file's name. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
