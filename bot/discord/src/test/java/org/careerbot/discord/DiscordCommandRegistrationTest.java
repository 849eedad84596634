package org.careerbot.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.junit.jupiter.api.Test;

class DiscordCommandRegistrationTest {
    private final List<CommandData> commands = List.of(Commands.slash("career", "Career questions."));
    private final CommandListUpdateAction update = FakeDiscord.action(CommandListUpdateAction.class, null);

    private ReadyEvent ready(JDA jda) {
        ReadyEvent event = mock(ReadyEvent.class);
        when(event.getJDA()).thenReturn(jda);
        return event;
    }

    private JDA shard(int id, int total) {
        JDA jda = mock(JDA.class);
        when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(id, total));
        when(jda.updateCommands()).thenReturn(update);
        return jda;
    }

    private GuildReadyEvent guildReady(long id, Guild guild) {
        when(guild.getIdLong()).thenReturn(id);
        when(guild.updateCommands()).thenReturn(update);
        GuildReadyEvent event = mock(GuildReadyEvent.class);
        when(event.getGuild()).thenReturn(guild);
        return event;
    }

    @Test
    void shardZeroOverwritesTheGlobalCommands() {
        JDA jda = shard(0, 2);
        new CommandRegistrar(commands, null).onReady(ready(jda));
        verify(jda).updateCommands();
        verify(update).addCommands(commands);
        verify(update).queue(any(), any());
    }

    @Test
    void otherShardsDoNotRegisterAgain() {
        JDA jda = shard(1, 2);
        new CommandRegistrar(commands, null).onReady(ready(jda));
        verify(jda, never()).updateCommands();
    }

    @Test
    void withAGuildIdOnlyThatServerGetsTheCommands() {
        JDA jda = shard(0, 1);
        CommandRegistrar registrar = new CommandRegistrar(commands, 77L);
        registrar.onReady(ready(jda));
        verify(jda, never()).updateCommands();

        Guild other = mock(Guild.class);
        registrar.onGuildReady(guildReady(78, other));
        verify(other, never()).updateCommands();

        Guild test = mock(Guild.class);
        registrar.onGuildReady(guildReady(77, test));
        verify(test).updateCommands();
        verify(update).addCommands(commands);
    }
}
