package org.careerbot.discord;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.ExceptionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the life of each shard's connection (ready, disconnects, resumes, reconnects) so an operator can follow
 * outages; JDA reconnects by itself and logs rate limits itself. Nothing logged here can hold a token: only shard
 * numbers, close codes and counts.
 */
final class ConnectionLog extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLog.class);
    private final CountDownLatch firstReady = new CountDownLatch(1);

    /** Waits until some shard is ready; false on timeout. */
    boolean awaitReady(long seconds) throws InterruptedException {
        return firstReady.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void onReady(ReadyEvent event) {
        LOG.info("shard {} ready: {} servers", event.getJDA().getShardInfo().getShardString(),
                event.getGuildTotalCount());
        firstReady.countDown();
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        LOG.warn("shard {} disconnected ({}, by {}); reconnecting", event.getJDA().getShardInfo().getShardString(),
                event.getCloseCode() == null ? "no close code" : event.getCloseCode().getCode() + " "
                        + event.getCloseCode().getMeaning(), event.isClosedByServer() ? "Discord" : "us");
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("shard {} resumed", event.getJDA().getShardInfo().getShardString());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        LOG.info("shard {} reconnected with a new session", event.getJDA().getShardInfo().getShardString());
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        LOG.info("shard {} shut down (code {})", event.getJDA().getShardInfo().getShardString(), event.getCode());
    }

    @Override
    public void onException(ExceptionEvent event) {
        if (!event.isLogged()) {
            LOG.error("Discord connection error: {}", event.getCause().toString());
        }
    }
}
