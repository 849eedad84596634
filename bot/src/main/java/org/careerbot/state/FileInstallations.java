package org.careerbot.state;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Installations kept in one JSON file, so that a single container keeps its workspaces across restarts without
 * anything else to run. The file holds tokens: only its owner may read it, and it is replaced whole on every change
 * (written beside, then moved), so a crash never leaves half a file. Thread-safe within one process.
 */
public final class FileInstallations implements Installations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, Installation> installations;

    /**
     * The installations in this file, read now; a file that does not exist yet holds none. A null file keeps them
     * in memory only (for tests and single-workspace bots that never install).
     *
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public FileInstallations(Path file) {
        this.file = file;
        this.installations = read(file);
    }

    @Override
    public synchronized void save(Installation installation) {
        installations.put(installation.key(), installation);
        write();
    }

    @Override
    public synchronized Optional<Installation> find(String enterpriseId, String teamId) {
        Installation own = teamId == null ? null : installations.get(Installation.key(null, teamId));
        if (own != null || enterpriseId == null) {
            return Optional.ofNullable(own);
        }
        return Optional.ofNullable(installations.get(Installation.key(enterpriseId, null)));
    }

    @Override
    public synchronized void delete(String enterpriseId, String teamId) {
        if (installations.remove(Installation.key(enterpriseId, teamId)) != null) {
            write();
        }
    }

    private static Map<String, Installation> read(Path file) {
        if (file == null || !Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Installation>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the installations in " + file + ": " + e.getMessage(), e);
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, file.getFileName().toString(), ".new");
            restrict(next);
            JSON.writeValue(next.toFile(), installations);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the installations to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Tokens are for the bot's user alone, where the file system can say so. */
    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
    }
}
