package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.careerbot.core.ConnectionEvents;
import org.junit.jupiter.api.Test;

/** Discord's health follows JDA's status of every shard, and each shard's reconnects are counted. */
class DiscordShardHealthTest {
    private final JDA shard0 = shard(0);
    private final JDA shard1 = shard(1);
    private final ShardManager shards = mock(ShardManager.class);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ShardHealth health = new ShardHealth((platform, event) -> events.add(platform + " " + event));

    @Test
    void upOnlyWhileEveryShardIsConnected() {
        when(shards.getShards()).thenReturn(List.of(shard0, shard1));
        status(shard0, JDA.Status.CONNECTED);
        status(shard1, JDA.Status.CONNECTED);
        assertTrue(ShardHealth.up(shards));
        assertEquals("connected", ShardHealth.state(shards));

        status(shard1, JDA.Status.WAITING_TO_RECONNECT);
        assertFalse(ShardHealth.up(shards));
        assertEquals("shard 0/2 connected, shard 1/2 reconnecting (WAITING_TO_RECONNECT)", ShardHealth.state(shards));

        status(shard1, JDA.Status.IDENTIFYING_SESSION);
        assertEquals("shard 0/2 connected, shard 1/2 connecting (IDENTIFYING_SESSION)", ShardHealth.state(shards));

        status(shard1, JDA.Status.CONNECTED);
        assertTrue(ShardHealth.up(shards), "up again once the shard is back");
    }

    @Test
    void aShardThatShutDownOrCouldNotLogInIsDisconnected() {
        when(shards.getShards()).thenReturn(List.of(shard0, shard1));
        status(shard0, JDA.Status.SHUTDOWN);
        status(shard1, JDA.Status.FAILED_TO_LOGIN);
        assertFalse(ShardHealth.up(shards));
        assertEquals("shard 0/2 disconnected (SHUTDOWN), shard 1/2 disconnected (FAILED_TO_LOGIN)",
                ShardHealth.state(shards));
    }

    @Test
    void shardsStillWaitingToStartOrNoShardsAtAllAreNotUp() {
        when(shards.getShards()).thenReturn(List.of(shard0));
        status(shard0, JDA.Status.CONNECTED);
        when(shards.getShardsQueued()).thenReturn(1);
        assertFalse(ShardHealth.up(shards));
        assertEquals("shard 0/2 connected; 1 shard(s) waiting to start", ShardHealth.state(shards));

        when(shards.getShards()).thenReturn(List.of());
        when(shards.getShardsQueued()).thenReturn(0);
        assertFalse(ShardHealth.up(shards));
        assertEquals("no shards", ShardHealth.state(shards));
        assertFalse(ShardHealth.up(null));
        assertEquals("not started", ShardHealth.state(null));
    }

    @Test
    void aShardConnectingAgainCountsAsAReconnectButItsFirstConnectionDoesNot() {
        health.onStatusChange(new StatusChangeEvent(shard0, JDA.Status.CONNECTED, JDA.Status.LOADING_SUBSYSTEMS));
        health.onStatusChange(new StatusChangeEvent(shard1, JDA.Status.CONNECTED, JDA.Status.LOADING_SUBSYSTEMS));
        assertEquals(List.of(), events, "first connections");

        health.onStatusChange(new StatusChangeEvent(shard1, JDA.Status.WAITING_TO_RECONNECT, JDA.Status.CONNECTED));
        health.onStatusChange(new StatusChangeEvent(shard1, JDA.Status.ATTEMPTING_TO_RECONNECT,
                JDA.Status.WAITING_TO_RECONNECT));
        assertEquals(List.of(), events, "not yet back");
        health.onStatusChange(new StatusChangeEvent(shard1, JDA.Status.CONNECTED, JDA.Status.LOADING_SUBSYSTEMS));
        assertEquals(List.of("discord " + ConnectionEvents.Event.RECONNECTED), events);
    }

    private static JDA shard(int id) {
        JDA jda = mock(JDA.class);
        when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(id, 2));
        return jda;
    }

    private static void status(JDA shard, JDA.Status status) {
        when(shard.getStatus()).thenReturn(status);
    }
}
