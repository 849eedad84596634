package org.careerbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signatures ({@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret).
 * Checked before anything reads the body, strictly: the body as UTF-8 whatever the platform charset, a
 * constant-time comparison, and a timestamp no more than five minutes off in either direction, which stops
 * replays. Bolt's own middleware checks again after.
 */
final class RequestSignatures {
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    private final Clock clock;

    RequestSignatures(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** Whether Slack signed this body at this time. */
    boolean valid(String timestamp, String body, String signature) {
        if (timestamp == null || signature == null || !fresh(timestamp.strip())) {
            return false;
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The signature for a body at a time. */
    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private boolean fresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= MAX_SKEW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
