package org.careerbot.state.redis;

import io.lettuce.core.RedisURI;
import java.util.Map;

/**
 * Where the shared state is kept: {@code REDIS_URL} ({@code redis://host:port/db}, or {@code rediss://} for TLS),
 * with the password in the URL or in {@code REDIS_PASSWORD}. The password is a secret: {@link #toString()} never
 * shows it.
 *
 * @param uri the server, with its password when one is set
 */
public record RedisSettings(RedisURI uri) {
    /**
     * The settings in these environment variables, or null when {@code REDIS_URL} is unset (state stays in memory).
     *
     * @throws IllegalArgumentException if {@code REDIS_URL} is not a Redis URL; the message names it
     */
    public static RedisSettings fromEnvironment(Map<String, String> env) {
        String url = env.get("REDIS_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.strip();
        if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
            throw malformed();
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(url);
        } catch (RuntimeException e) {
            throw malformed();
        }
        String password = env.get("REDIS_PASSWORD");
        if (uri.getPassword() == null && password != null && !password.isBlank()) {
            uri.setPassword(password.strip().toCharArray());
        }
        return new RedisSettings(uri);
    }

    /** The message names the variable and the forms it takes, never the value, which may hold the password. */
    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("REDIS_URL must look like redis://host:6379/0 or rediss://host:6380/0"
                + " (TLS), with the password in the URL (redis://:PASSWORD@host:6379) or in REDIS_PASSWORD");
    }

    /** The server, without the password. */
    public String where() {
        return (uri.isSsl() ? "rediss://" : "redis://") + uri.getHost() + ":" + uri.getPort() + "/"
                + uri.getDatabase();
    }

    @Override
    public String toString() {
        return "REDIS_URL " + where() + ", password " + (uri.getPassword() == null ? "none" : "set");
    }
}
