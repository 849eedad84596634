package org.careerbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What is logged while a test runs, kept in memory: a test that provokes a failure asserts that it was logged,
 * and the build's output stays quiet.
 */
public final class LoggedEvents implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private LoggedEvents() {
        events.start();
        root.addAppender(events);
    }

    /** Starts keeping every event logged, from any logger. */
    public static LoggedEvents capture() {
        return new LoggedEvents();
    }

    /** The errors logged so far, each as "message: cause", the cause being the logged exception's message. */
    public List<String> errors() {
        return events.list.stream().filter(e -> e.getLevel() == Level.ERROR)
                .map(e -> e.getFormattedMessage() + ": "
                        + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
                .toList();
    }

    /** Whether an error was logged whose exception says this. */
    public boolean loggedErrorCausedBy(String cause) {
        return errors().stream().anyMatch(e -> e.endsWith(": " + cause));
    }

    @Override
    public void close() {
        root.detachAppender(events);
    }
}
