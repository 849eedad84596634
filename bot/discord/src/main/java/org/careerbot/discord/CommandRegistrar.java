package org.careerbot.discord;

import java.util.List;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the commands once connected, as a full overwrite with the same definitions, so registering again is
 * harmless. Globally by the process that runs shard 0 (one registration however many processes share the bot), or
 * on one server when a guild id is set: server commands update at once, global ones can take a while to appear.
 */
final class CommandRegistrar extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<CommandData> commands;
    private final Long guildId;

    /**
     * @param commands what to register
     * @param guildId  the one server to register on, or null to register globally
     */
    CommandRegistrar(List<CommandData> commands, Long guildId) {
        this.commands = List.copyOf(commands);
        this.guildId = guildId;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildId == null && event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA().updateCommands().addCommands(commands).queue(
                    done -> LOG.info("registered {} global commands", commands.size()),
                    Sending.logged("global commands"));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (guildId != null && event.getGuild().getIdLong() == guildId) {
            event.getGuild().updateCommands().addCommands(commands).queue(
                    done -> LOG.info("registered {} commands on server {}", commands.size(), guildId),
                    Sending.logged("server commands"));
        }
    }
}
