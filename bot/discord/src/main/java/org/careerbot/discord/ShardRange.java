package org.careerbot.discord;

/**
 * Which shards this process runs, from {@code DISCORD_SHARDS}: {@code total} (all of them) or
 * {@code total:from-to} (shards {@code from} to {@code to} inclusive, so several processes can share a large bot).
 *
 * @param total how many shards the bot has in all
 * @param from  the first shard this process runs
 * @param to    the last shard this process runs
 */
public record ShardRange(int total, int from, int to) {
    private static final String FORMAT = "DISCORD_SHARDS must be 'total' or 'total:from-to', e.g. 4 or 4:0-1";

    /** Checks the range. */
    public ShardRange {
        if (total < 1 || from < 0 || to < from || to >= total) {
            throw new IllegalArgumentException(total < 1 ? "DISCORD_SHARDS: a bot has at least 1 shard, got " + total
                    : "DISCORD_SHARDS: need 0 <= from <= to < total, got " + total + ":" + from + "-" + to);
        }
    }

    /** Parses {@code total} or {@code total:from-to}; a malformed or impossible one is refused, quoted as given. */
    public static ShardRange parse(String text) {
        String s = text.strip();
        try {
            int colon = s.indexOf(':');
            if (colon < 0) {
                int total = Integer.parseInt(s);
                return new ShardRange(total, 0, Math.max(0, total - 1));
            }
            int total = Integer.parseInt(s.substring(0, colon).strip());
            String[] range = s.substring(colon + 1).split("-", 2);
            return new ShardRange(total, Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip()));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(FORMAT + "; got '" + s + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FORMAT + ", with at least 1 shard and 0 <= from <= to < total; got '"
                    + s + "'");
        }
    }
}
