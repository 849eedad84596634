package org.careerbot.ops;

/**
 * A platform's connection as {@code /healthz} reports it.
 *
 * @param up    whether the platform can reach the bot now
 * @param state the connection's state in a few words; when it is down, why
 */
public record PlatformHealth(boolean up, String state) {
}
