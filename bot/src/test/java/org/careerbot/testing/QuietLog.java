package org.careerbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps the lines of some loggers, at DEBUG and up, out of the test output and in a list, so that a test that
 * provokes warnings can check them instead of printing them.
 */
public final class QuietLog implements AutoCloseable {
    private final List<Logger> loggers;
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    /** Keeps these classes' loggers quiet, and their lines in a list. */
    public QuietLog(Class<?>... sources) {
        lines.start();
        loggers = java.util.Arrays.stream(sources).map(c -> (Logger) LoggerFactory.getLogger(c)).toList();
        for (Logger logger : loggers) {
            logger.addAppender(lines);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
        }
    }

    /** The messages logged at this level so far. */
    public List<String> at(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Every message so far, with its level. */
    public List<String> all() {
        return events().stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    private List<ILoggingEvent> events() {
        synchronized (lines) {
            return List.copyOf(lines.list);
        }
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.detachAppender(lines);
            logger.setAdditive(true);
            logger.setLevel(null);
        }
    }
}
