package org.careerbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.careerbot.core.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of what the knowledge could not answer: questions answered with search or out of scope, and answers
 * users marked unhelpful. JSON lines, each written with one write and flushed to disk. A line is never glued to
 * another: a write that fails (a full disk) is cut off again, and a line left unfinished by a crash is closed
 * before the next is appended, so at worst the line being written is lost. User ids are hashed with a secret key.
 * Question text is kept only when the admin enables it; otherwise the topic keeps only the knowledge's own words.
 */
public final class GapsLog implements Feedback {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte NEWLINE = '\n';

    private final Path file;
    private final boolean keepText;
    private final Predicate<String> topicWords;
    private final byte[] operatorKey;
    private final Clock clock;
    private UserHash users;

    /**
     * A log.
     *
     * @param file        the JSON-lines file (created when needed)
     * @param keepText    whether question text is kept
     * @param domainWords the words a topic may keep when text is not kept (see {@link DomainWords})
     * @param operatorKey the key user ids are hashed with ({@code GAPS_KEY}), or null for the one kept in
     *                    {@link #keyFile(Path)}, made on first use
     * @param clock       the time source
     */
    public GapsLog(Path file, boolean keepText, Predicate<String> domainWords, String operatorKey, Clock clock) {
        this.file = file;
        this.keepText = keepText;
        this.topicWords = keepText ? word -> true : domainWords;
        this.operatorKey = operatorKey == null ? null : operatorKey.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** A log that knows no domain words (topics are empty unless text is kept), keyed beside the file. */
    public GapsLog(Path file, boolean keepText, Clock clock) {
        this(file, keepText, word -> false, null, clock);
    }

    /** Where the key is kept when the operator gives none: beside the log, e.g. {@code gaps.jsonl.key}. */
    public static Path keyFile(Path log) {
        return log.resolveSibling(log.getFileName() + ".key");
    }

    /** Records a question the knowledge answered only by search, or not at all. */
    public void unanswered(String platform, String user, String intent, String question) {
        write("unanswered", platform, user, intent, question);
    }

    /** Records an answer a user marked helpful or not. */
    @Override
    public void record(String platform, String user, String intent, String question, boolean helpful) {
        write(helpful ? "helpful" : "unhelpful", platform, user, intent, question);
    }

    /**
     * Whether the log could be written, checked at start so that the operator hears of it at once rather than at
     * the first unanswered question. Nothing is created: the file, its folder and the key are made on first use.
     *
     * @return what is wrong, for the operator, or empty when the log can be written
     */
    public Optional<String> problem() {
        Optional<String> why = whyUnwritable(file.toAbsolutePath());
        Path key = keyFile(file);
        if (why.isEmpty() && operatorKey == null && Files.exists(key) && !Files.isReadable(key)) {
            why = Optional.of("its key " + key + " cannot be read");
        }
        return why.map(reason -> "GAPS_FILE " + file + " cannot be written (" + reason + "): unanswered questions "
                + "and feedback will not be logged. Set GAPS_FILE to a file in a writable folder.");
    }

    private static Optional<String> whyUnwritable(Path path) {
        if (Files.exists(path)) {
            return Files.isDirectory(path) ? Optional.of("it is a folder")
                    : Files.isWritable(path) ? Optional.empty() : Optional.of("no permission to write it");
        }
        Path folder = path.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of((folder == null ? "its folder" : folder) + " is not a folder");
        }
        return Files.isWritable(folder) ? Optional.empty() : Optional.of("no permission to write in " + folder);
    }

    private synchronized void write(String kind, String platform, String user, String intent, String question) {
        try {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", clock.instant().toString());
            e.put("event", kind);
            e.put("platform", platform);
            e.put("user", users().of(user));
            e.put("intent", intent);
            e.put("question", keepText ? question : null);
            e.put("topic", Gist.of(question, topicWords));
            append((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log().warn("cannot write the gaps log {}: {}", file, describe(e));
        }
    }

    /**
     * One line, in one write (in append mode, so that two processes sharing the file never overwrite each
     * other); a torn last line is closed first, and a failed write is cut off again.
     */
    private void append(byte[] line) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.DSYNC)) {
            long size = out.size();
            ByteBuffer bytes = endsTorn(size) ? ByteBuffer.allocate(line.length + 1).put(NEWLINE).put(line).flip()
                    : ByteBuffer.wrap(line);
            try {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                if (out.size() <= size + bytes.position()) {
                    out.truncate(size); // leave no half line for the next to be glued to (best effort)
                }
                throw e;
            }
        }
    }

    /** Whether the file's last line lacks its newline: a write cut short by a crash or a full disk. */
    private boolean endsTorn(long size) throws IOException {
        if (size == 0) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            return in.read(last, size - 1) == 1 && last.get(0) != NEWLINE;
        }
    }

    /** The hash of user ids: the operator's key, else the one kept beside the log, else one for this process. */
    private UserHash users() {
        if (users == null) {
            if (operatorKey != null) {
                users = UserHash.withKey(operatorKey);
            } else {
                try {
                    users = UserHash.keptIn(keyFile(file));
                } catch (IOException e) {
                    log().warn("cannot keep the gaps log's key in {} ({}): users are told apart only until the bot "
                            + "stops", keyFile(file), describe(e));
                    users = UserHash.forThisProcess();
                }
            }
        }
        return users;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? ""
                : ": " + e.getMessage());
    }

    /** Logging starts only when something is logged. */
    private static Logger log() {
        return LoggerFactory.getLogger(GapsLog.class);
    }
}
