package org.careerbot.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.careerbot.state.SeenEvents;

/**
 * The {@code state} of Slack's install flow, signed and expiring rather than stored: {@code nonce.expiry.signature}
 * (an HMAC-SHA256 with the client secret), so that whichever replica the installer comes back to can check it.
 * Bolt also sets it in a cookie and requires the two to match, which ties the flow to the browser that started it.
 * Each state is taken once: its nonce is remembered as a seen event until it would have expired anyway.
 */
final class SignedOAuthState implements OAuthStateService {
    /** An installer has this long from "Add to Slack" to coming back. */
    static final Duration TTL = Duration.ofMinutes(10);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;
    private final SeenEvents used;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * States signed with this secret.
     *
     * @param used where taken states are remembered (shared by the replicas when the state is)
     */
    SignedOAuthState(String secret, SeenEvents used, Clock clock) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.used = used;
        this.clock = clock;
    }

    @Override
    public String generateNewStateValue() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = BASE64.encodeToString(nonce) + "." + (clock.instant().plus(TTL).getEpochSecond());
        return body + "." + sign(body);
    }

    @Override
    public long getExpirationInSeconds() {
        return TTL.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        // nothing to store: the signature is the proof
    }

    /** Signed by this app, not expired, and not taken before (taking it now). */
    @Override
    public boolean isAvailableInDatabase(String state) {
        String[] parts = state == null ? new String[0] : state.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            if (Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return used.firstTime("oauth-state:" + parts[0]);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // taken when it was checked
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
