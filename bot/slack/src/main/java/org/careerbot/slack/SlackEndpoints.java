package org.careerbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The two Web API calls that connecting in Socket Mode needs, with every way they can fail turned into a
 * {@link ConnectFailure}: {@code ok: false}, an HTTP error, a body that is not JSON (a proxy's or an outage's HTML
 * page), a timeout, any exception of the SDK.
 */
final class SlackEndpoints {
    private final Slack slack;

    SlackEndpoints(Slack slack) {
        this.slack = slack;
    }

    /** Checks a bot token with {@code auth.test}. */
    void authTest(String botToken) throws ConnectFailure {
        AuthTestResponse r = call("auth.test", () -> slack.methods().authTest(req -> req.token(botToken)));
        if (!r.isOk()) {
            throw ConnectFailure.refused("auth.test", r.getError());
        }
    }

    /** A new Socket Mode URL from {@code apps.connections.open}; it is a secret (its ticket opens the socket). */
    String openConnection(String appToken) throws ConnectFailure {
        AppsConnectionsOpenResponse r = call("apps.connections.open",
                () -> slack.methods().appsConnectionsOpen(req -> req.token(appToken)));
        if (!r.isOk()) {
            throw ConnectFailure.refused("apps.connections.open", r.getError());
        }
        if (r.getUrl() == null || !r.getUrl().startsWith("ws")) {
            throw ConnectFailure.transientFailure("apps.connections.open answered no WebSocket URL");
        }
        return r.getUrl();
    }

    /** A Web API call that may fail in any way. */
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private static <T> T call(String method, Call<T> call) throws ConnectFailure {
        try {
            T response = call.run();
            if (response == null) {
                throw ConnectFailure.transientFailure(method + " answered nothing");
            }
            return response;
        } catch (SlackApiException e) {
            String error = e.getError() == null ? null : e.getError().getError();
            throw ConnectFailure.transientFailure(method + " failed with HTTP " + e.getResponse().code()
                    + (error == null ? "" : " (" + error + ")"));
        } catch (InterruptedIOException e) {
            throw ConnectFailure.transientFailure(method + " timed out");
        } catch (IOException e) {
            throw ConnectFailure.transientFailure(method + " failed: " + e.getClass().getSimpleName());
        } catch (com.google.gson.JsonParseException e) {
            throw ConnectFailure.transientFailure(method + " answered something that is not JSON");
        } catch (RuntimeException e) {
            // Only the exception's type: SDK messages can quote what Slack answered, which may hold a URL.
            throw ConnectFailure.transientFailure(method + " failed: " + e.getClass().getSimpleName());
        }
    }
}
