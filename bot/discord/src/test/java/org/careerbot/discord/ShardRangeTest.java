package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code DISCORD_SHARDS}: a refusal quotes the value as it was given and says what would be right. */
class ShardRangeTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "0:0-0", "4:3-1", "4:0-4"})
    void anImpossibleRangeIsRefusedQuotingTheValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardRange.parse(value));
        assertEquals("DISCORD_SHARDS must be 'total' or 'total:from-to', e.g. 4 or 4:0-1, with at least 1 shard and "
                + "0 <= from <= to < total; got '" + value + "'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "4:", "4:1", "", "99999999999", "4:-1-2"})
    void aMalformedValueIsRefusedQuotingIt(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardRange.parse(value));
        assertEquals("DISCORD_SHARDS must be 'total' or 'total:from-to', e.g. 4 or 4:0-1; got '" + value + "'",
                e.getMessage());
    }

    @Test
    void validRangesAreRead() {
        assertEquals(new ShardRange(1, 0, 0), ShardRange.parse("1"));
        assertEquals(new ShardRange(4, 0, 1), ShardRange.parse(" 4 : 0 - 1 "));
    }
}
