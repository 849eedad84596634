package org.careerbot.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log line written while something runs, at DEBUG and up, with stack traces, for checks on what is logged. */
final class Logs {
    private Logs() {
    }

    static List<String> capture(Runnable run) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try {
            run.run();
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }
        return logs.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
                ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
    }
}
