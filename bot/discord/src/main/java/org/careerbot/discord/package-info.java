/**
 * The Discord adapter: the only package that knows JDA. It translates interactions (the {@code /career} slash
 * command, role autocomplete, follow-up and Share buttons, the "Answer with Career Bot" message command) into core
 * {@link org.careerbot.model.Question}s and renders the core's platform-neutral {@link org.careerbot.model.Answer}s
 * as embeds within Discord's limits, with the answer's picture ({@link org.careerbot.picture.Illustrations}) as
 * an attachment the embed shows. The core never sees a JDA type or callback.
 *
 * <p>Public entry points: {@link org.careerbot.discord.ShardedDiscordPlatform} (the connection),
 * {@link org.careerbot.discord.DiscordSettings} (the environment), {@link org.careerbot.discord.CommandDefinitions}
 * (what is registered) and {@link org.careerbot.discord.InviteLink}. Everything else is package-private.
 */
package org.careerbot.discord;
