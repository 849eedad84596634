package org.careerbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerbot.core.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of what the knowledge could not answer: questions answered with search or out of scope, and answers
 * users marked unhelpful. JSON lines, each written whole with one append and flushed, so a crash can at worst
 * lose the line being written, never corrupt earlier ones. User ids are hashed; question text is kept only when
 * the admin enables it.
 */
public final class GapsLog implements Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(GapsLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final boolean keepText;
    private final Clock clock;

    /**
     * A log.
     *
     * @param file     the JSON-lines file (created when needed)
     * @param keepText whether question text is kept
     * @param clock    the time source
     */
    public GapsLog(Path file, boolean keepText, Clock clock) {
        this.file = file;
        this.keepText = keepText;
        this.clock = clock;
    }

    /** Records a question the knowledge answered only by search, or not at all. */
    public void unanswered(String platform, String user, String intent, String question) {
        write(event("unanswered", platform, user, intent, question));
    }

    /** Records an answer a user marked helpful or not. */
    @Override
    public void record(String platform, String user, String intent, String question, boolean helpful) {
        write(event(helpful ? "helpful" : "unhelpful", platform, user, intent, question));
    }

    private Map<String, Object> event(String kind, String platform, String user, String intent, String question) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("at", clock.instant().toString());
        e.put("event", kind);
        e.put("platform", platform);
        e.put("user", hash(user));
        e.put("intent", intent);
        e.put("question", keepText ? question : null);
        e.put("topic", Topic.of(question));
        return e;
    }

    private synchronized void write(Map<String, Object> event) {
        try {
            byte[] line = (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
                out.write(line);
            }
        } catch (IOException e) {
            LOG.warn("cannot write the gaps log {}: {}", file, e.getMessage());
        }
    }

    /** A stable, irreversible id for a user: enough to count distinct askers, useless to identify them. */
    static String hash(String user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("career-bot:" + (user == null ? "" : user)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
