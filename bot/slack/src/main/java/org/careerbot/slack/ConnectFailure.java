package org.careerbot.slack;

import java.util.Set;

/**
 * Why an attempt to connect to Slack failed, in words fit for the log and the health endpoint: never a token, never
 * a WebSocket URL (its ticket grants the connection).
 */
final class ConnectFailure extends Exception {
    /** Slack's error codes that mean the token itself is refused: trying again cannot help. */
    private static final Set<String> REJECTED_TOKEN = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type", "missing_scope", "no_permission",
            "ekm_access_denied", "org_login_required", "team_access_not_granted");
    private final boolean tokenRejected;

    ConnectFailure(String message, boolean tokenRejected) {
        super(message, null, false, false);
        this.tokenRejected = tokenRejected;
    }

    /** A failure that may pass: Slack down, a proxy's error page, a timeout. */
    static ConnectFailure transientFailure(String message) {
        return new ConnectFailure(message, false);
    }

    /** Slack's {@code ok: false} answer to {@code method}, with its error code. */
    static ConnectFailure refused(String method, String error) {
        return new ConnectFailure(method + " answered ok:false (" + error + ")", REJECTED_TOKEN.contains(error));
    }

    /** Whether Slack refused the token, so that only a new token can help. */
    boolean tokenRejected() {
        return tokenRejected;
    }
}
