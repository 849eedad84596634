package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.Test;

/** JDA's default lets a message ping everyone; the platform turns every mention off before anything is sent. */
class DiscordDefaultMentionsTest {
    @Test
    void theDiscordPlatformAllowsNoMentionByDefault() {
        MessageRequest.setDefaultMentions(EnumSet.allOf(Message.MentionType.class)); // JDA's own default, or wider
        try (ShardedDiscordPlatform discord = new ShardedDiscordPlatform(
                DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t.o.k")), q -> null, null, Feedback.NONE,
                Illustrations.NONE, org.careerbot.core.ConnectionEvents.NONE)) {
            assertEquals(EnumSet.noneOf(Message.MentionType.class), MessageRequest.getDefaultMentions());
        }
    }
}
