package org.careerbot.slack;

import java.util.Map;

/**
 * The Slack app's settings, read from the environment only. Secrets are never logged: {@link #toString()} says
 * whether each one is set, never its value.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN} (xoxb-): calls the Web API; always needed
 * @param appToken      {@code SLACK_APP_TOKEN} (xapp-): when set, the app connects in Socket Mode
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: verifies HTTP requests; needed in HTTP mode
 * @param apiUrl        {@code SLACK_API_URL}: the Web API base URL (a fake Slack in tests); null means Slack's
 * @param port          {@code PORT}: the HTTP mode port, 3000 unless set
 * @param clientId      {@code SLACK_CLIENT_ID}: with the client secret and the signing secret, the app installs into
 *                      many workspaces through Slack's OAuth flow (HTTP mode)
 * @param clientSecret  {@code SLACK_CLIENT_SECRET}: exchanges an install's code for the workspace's token
 * @param redirectUri   {@code SLACK_REDIRECT_URI}: the public URL of {@value #OAUTH_REDIRECT_PATH}, when the app's
 *                      settings list more than one; else null
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String apiUrl, int port,
                            String clientId, String clientSecret, String redirectUri) {
    /** The one HTTP endpoint for events, commands, interactivity and shortcuts. */
    public static final String EVENTS_PATH = "/slack/events";
    /** Where an installer starts: the "Add to Slack" page. */
    public static final String INSTALL_PATH = "/slack/install";
    /** Where Slack sends the installer back with the code to exchange for the workspace's token. */
    public static final String OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";
    static final int DEFAULT_PORT = 3000;

    /** How the app reaches Slack. */
    public enum Mode {
        /** An outgoing WebSocket: no public URL needed. */
        SOCKET,
        /** Slack posts signed requests to {@value #EVENTS_PATH}. */
        HTTP,
        /** Not enough settings to run. */
        NONE
    }

    /** Settings of an app that serves one workspace with one bot token. */
    public SlackSettings(String botToken, String appToken, String signingSecret, String apiUrl, int port) {
        this(botToken, appToken, signingSecret, apiUrl, port, null, null, null);
    }

    /** Blank values read as unset; the API URL gets its trailing slash. */
    public SlackSettings {
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        redirectUri = blankToNull(redirectUri);
        botToken = blankToNull(botToken);
        appToken = blankToNull(appToken);
        signingSecret = blankToNull(signingSecret);
        apiUrl = blankToNull(apiUrl);
        if (apiUrl != null && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, not " + port);
        }
    }

    /**
     * The settings in these environment variables.
     *
     * @throws IllegalArgumentException if {@code PORT} is not a port number
     */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        String port = blankToNull(env.get("PORT"));
        int number;
        try {
            number = port == null ? DEFAULT_PORT : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not '" + port + "'", e);
        }
        return new SlackSettings(env.get("SLACK_BOT_TOKEN"), env.get("SLACK_APP_TOKEN"),
                env.get("SLACK_SIGNING_SECRET"), env.get("SLACK_API_URL"), number, env.get("SLACK_CLIENT_ID"),
                env.get("SLACK_CLIENT_SECRET"), env.get("SLACK_REDIRECT_URI"));
    }

    /**
     * Whether the app installs into many workspaces (Slack's OAuth flow), each answered with its own token: when the
     * client id, client secret and signing secret are set, in HTTP mode. {@code SLACK_BOT_TOKEN} alone serves one.
     */
    public boolean distributed() {
        return clientId != null && clientSecret != null && signingSecret != null && appToken == null;
    }

    /**
     * Socket Mode when an app token is set, HTTP when a signing secret is, both needing the bot token; HTTP without
     * one when the app installs into many workspaces.
     */
    public Mode mode() {
        if (distributed()) {
            return Mode.HTTP;
        }
        if (botToken == null) {
            return Mode.NONE;
        }
        if (appToken != null) {
            return Mode.SOCKET;
        }
        return signingSecret != null ? Mode.HTTP : Mode.NONE;
    }

    /** What to set to run, when {@link #mode()} is {@link Mode#NONE}; else empty. */
    public String missing() {
        if (mode() != Mode.NONE) {
            return "";
        }
        return "Set SLACK_BOT_TOKEN and either SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode), or"
                + " SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET to install into many workspaces."
                + " Now: " + this;
    }

    /** Presence of each secret, never its value. */
    @Override
    public String toString() {
        return "SLACK_BOT_TOKEN " + state(botToken) + ", SLACK_APP_TOKEN " + state(appToken)
                + ", SLACK_SIGNING_SECRET " + state(signingSecret)
                + ", SLACK_CLIENT_ID " + state(clientId) + ", SLACK_CLIENT_SECRET " + state(clientSecret)
                + ", SLACK_API_URL " + (apiUrl == null ? "default" : apiUrl) + ", PORT " + port;
    }

    private static String state(String secret) {
        return secret == null ? "missing" : "set";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
