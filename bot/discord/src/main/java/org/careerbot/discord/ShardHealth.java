package org.careerbot.discord;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.careerbot.core.ConnectionEvents;

/**
 * The health of this process's shards as JDA reports them: up only while every shard is connected, since the
 * servers of a shard that is down get no answers. It also counts reconnects: a shard that reaches
 * {@link JDA.Status#CONNECTED} again after it was connected before (a resumed or a new session).
 */
final class ShardHealth extends ListenerAdapter {
    private static final String PLATFORM = "discord";
    private final ConnectionEvents events;
    private final Set<Integer> connectedBefore = ConcurrentHashMap.newKeySet();

    ShardHealth(ConnectionEvents events) {
        this.events = events;
    }

    @Override
    public void onStatusChange(StatusChangeEvent event) {
        if (event.getNewStatus() == JDA.Status.CONNECTED
                && !connectedBefore.add(event.getEntity().getShardInfo().getShardId())) {
            events.record(PLATFORM, ConnectionEvents.Event.RECONNECTED);
        }
    }

    /** Whether every shard of this process is started and connected; false before the shards exist. */
    static boolean up(ShardManager shards) {
        if (shards == null || shards.getShardsQueued() > 0) {
            return false;
        }
        List<JDA> all = shards.getShards();
        return !all.isEmpty() && all.stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * The shards' state in a few words: {@code connected}, or each shard's state with JDA's status, e.g.
     * {@code shard 0/2 connected, shard 1/2 reconnecting (WAITING_TO_RECONNECT)}.
     */
    static String state(ShardManager shards) {
        if (shards == null) {
            return "not started";
        }
        if (up(shards)) {
            return "connected";
        }
        String each = shards.getShards().stream()
                .map(j -> "shard " + j.getShardInfo().getShardString().replaceAll("[\\[\\] ]", "") + " "
                        + describe(j.getStatus()))
                .collect(Collectors.joining(", "));
        int queued = shards.getShardsQueued();
        String waiting = queued > 0 ? queued + " shard(s) waiting to start" : "";
        return each.isEmpty() ? (waiting.isEmpty() ? "no shards" : waiting)
                : waiting.isEmpty() ? each : each + "; " + waiting;
    }

    /** JDA's status in the words of health: connected, connecting, reconnecting or disconnected. */
    static String describe(JDA.Status status) {
        String word = switch (status) {
            case CONNECTED -> "connected";
            case DISCONNECTED, RECONNECT_QUEUED, WAITING_TO_RECONNECT, ATTEMPTING_TO_RECONNECT -> "reconnecting";
            case SHUTTING_DOWN, SHUTDOWN, FAILED_TO_LOGIN -> "disconnected";
            default -> "connecting";
        };
        return status == JDA.Status.CONNECTED ? word : word + " (" + status + ")";
    }
}
