package org.careerbot.state.redis;

import java.util.Optional;
import org.careerbot.state.Installation;
import org.careerbot.state.Installations;

/**
 * Installations in Redis, one key per workspace or enterprise ({@code careerbot:installation:T:TEAM}), kept until
 * the app is uninstalled. When Redis cannot be reached, a workspace's requests find no token and are refused
 * (Slack retries its events), and an install fails with a page that says so.
 */
final class RedisInstallations implements Installations {
    private final RedisStore store;

    RedisInstallations(RedisStore store) {
        this.store = store;
    }

    /** @throws IllegalStateException if Redis cannot keep it: the install must not look done when it is not */
    @Override
    public void save(Installation installation) {
        byte[] json = StateJson.write(installation);
        if (store.call("installations", redis -> redis.set(key(installation.key()), json), null) == null) {
            throw new IllegalStateException("Redis could not keep the installation");
        }
    }

    @Override
    public Optional<Installation> find(String enterpriseId, String teamId) {
        Optional<Installation> own = teamId == null ? Optional.empty() : read(Installation.key(null, teamId));
        return own.isPresent() || enterpriseId == null ? own : read(Installation.key(enterpriseId, null));
    }

    @Override
    public void delete(String enterpriseId, String teamId) {
        store.call("installations", redis -> redis.del(key(Installation.key(enterpriseId, teamId))), 0L);
    }

    private Optional<Installation> read(String key) {
        byte[] json = store.call("installations", redis -> redis.get(key(key)), null);
        return Optional.ofNullable(StateJson.read(json, Installation.class));
    }

    private static String key(String installationKey) {
        return RedisStore.key("installation", installationKey);
    }
}
