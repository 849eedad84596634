package org.careerbot.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the gaps log names users: a keyed hash (HMAC-SHA256) of the platform's user id, cut to 16 hex digits. The
 * same user gets the same name, so distinct askers can be counted; without the key, nobody can tell whose name it
 * is, not even by hashing every user id of a workspace.
 */
final class UserHash {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    private UserHash(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A hash with this key. */
    static UserHash withKey(byte[] key) {
        return new UserHash(key);
    }

    /** A hash with a key that lives as long as the process: names are then stable only until it stops. */
    static UserHash forThisProcess() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new UserHash(key);
    }

    /**
     * The key kept in a file, created with a new random key, readable by its owner only, if it does not exist yet.
     *
     * @throws IOException when the file can be neither read nor created
     */
    static UserHash keptIn(Path keyFile) throws IOException {
        if (!Files.exists(keyFile)) {
            create(keyFile);
        }
        String hex = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        if (hex.isEmpty()) {
            throw new IOException("the key file " + keyFile + " is empty (delete it to have a new key made)");
        }
        return new UserHash(hex.getBytes(StandardCharsets.US_ASCII));
    }

    private static void create(Path keyFile) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.writeString(Files.createFile(keyFile, ownerOnly(keyFile)), HexFormat.of().formatHex(key) + "\n",
                    StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another process made it first: use theirs
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** The user's name in the log: 16 hex digits. */
    String of(String user) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((user == null ? "" : user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
