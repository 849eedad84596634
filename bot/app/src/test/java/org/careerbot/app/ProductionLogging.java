package org.careerbot.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/**
 * The logging configuration of the jar (logback.xml) instead of the tests' quiet one, for tests of what the bot
 * writes to standard error; closing it goes back to the tests' configuration.
 */
public final class ProductionLogging implements AutoCloseable {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    private ProductionLogging() throws JoranException {
        configure("/logback.xml");
    }

    /** Switches to the jar's logging configuration. */
    public static ProductionLogging use() throws JoranException {
        return new ProductionLogging();
    }

    private void configure(String resource) throws JoranException {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(ProductionLogging.class.getResource(resource));
    }

    @Override
    public void close() throws JoranException {
        context.reset();
        new ContextInitializer(context).autoConfig();
    }
}
