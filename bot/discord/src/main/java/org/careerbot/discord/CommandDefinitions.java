package org.careerbot.discord;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.careerbot.core.Catalog;
import org.careerbot.model.Intent;

/**
 * The application commands Career Bot registers: {@code /career} with its subcommands, and the message command
 * "Answer with Career Bot". Usable in servers and in DMs with the bot; JDA's builders check Discord's limits as
 * they are built, so a definition that breaks one fails here rather than at registration.
 */
public final class CommandDefinitions {
    private static final int QUESTION_MAX_LENGTH = 1000;

    private final Catalog catalog;

    /** Definitions whose task and skill choices come from the catalog. */
    public CommandDefinitions(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every command, as registered. */
    public List<CommandData> commands() {
        CommandData career = Commands.slash(CareerCommand.NAME, "Ask about AI careers: roles, tasks, skills, tools.")
                .addSubcommands(ask(), role(), compare(), task(), skill(), roles(), matrix(), help())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        CommandData mentor = Commands.message(CareerCommand.MENTOR)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        return List.of(career, mentor);
    }

    /** The exact JSON that registration sends: one array of JDA's {@code toData()} of each command. */
    public String json() {
        return DataArray.empty().addAll(commands()).toString();
    }

    private static SubcommandData ask() {
        return audience(new SubcommandData(CareerCommand.ASK, "Ask any question about AI careers.")
                .addOptions(new OptionData(OptionType.STRING, CareerCommand.QUESTION, "Your question, in your words.",
                        true).setRequiredLength(1, QUESTION_MAX_LENGTH)));
    }

    private static SubcommandData role() {
        return audience(new SubcommandData(CareerCommand.ROLE, "One AI role: what it does, skills, tools and more.")
                .addOptions(roleOption(CareerCommand.ROLE, "The role: a name, a job title or an abbreviation."),
                        about(CareerCommand.ROLE_ABOUT, "What about the role (default: overview).")));
    }

    private static SubcommandData compare() {
        return audience(new SubcommandData(CareerCommand.COMPARE, "Compare two AI roles side by side.")
                .addOptions(roleOption(CareerCommand.FIRST, "The first role."),
                        roleOption(CareerCommand.SECOND, "The second role.")));
    }

    private SubcommandData task() {
        return audience(new SubcommandData(CareerCommand.TASK, "One kind of AI work: what it includes, who does it.")
                .addOptions(entity(CareerCommand.TASK, "The kind of work.", catalog.tasks()),
                        about(CareerCommand.TASK_ABOUT, "What about the work (default: overview).")));
    }

    private SubcommandData skill() {
        return audience(new SubcommandData(CareerCommand.SKILL, "One skill: what it covers, which roles need it.")
                .addOptions(entity(CareerCommand.SKILL, "The skill.", catalog.skills()),
                        about(CareerCommand.SKILL_ABOUT, "What about the skill (default: overview).")));
    }

    private static SubcommandData roles() {
        return audience(new SubcommandData(CareerCommand.ROLES, "List the roles of an AI team."));
    }

    private static SubcommandData matrix() {
        return audience(new SubcommandData(CareerCommand.MATRIX,
                "Who does what: every role against every task, as a picture."));
    }

    private static SubcommandData help() {
        return audience(new SubcommandData(CareerCommand.HELP, "What Career Bot can do, and how to ask."));
    }

    /** Every subcommand ends with the two optional audience options (optional options must come last). */
    private static SubcommandData audience(SubcommandData sub) {
        return sub.addOptions(
                new OptionData(OptionType.BOOLEAN, CareerCommand.SHARE,
                        "Post the answer in the channel for everyone (default: only you see it)."),
                new OptionData(OptionType.USER, CareerCommand.FOR,
                        "Post the answer in the channel for this learner, mentioning them."));
    }

    private static OptionData roleOption(String name, String description) {
        return new OptionData(OptionType.STRING, name, description, true, true)
                .setRequiredLength(1, Command.Choice.MAX_STRING_VALUE_LENGTH);
    }

    private static OptionData about(Map<String, Intent> choices, String description) {
        OptionData about = new OptionData(OptionType.STRING, CareerCommand.ABOUT, description);
        choices.keySet().forEach(choice -> about.addChoice(choice, choice));
        return about;
    }

    /** A required choice among catalog entries: Discord allows 25, so more are left out (there are 5 and 10). */
    private static OptionData entity(String name, String description, List<Catalog.Entry> entries) {
        OptionData option = new OptionData(OptionType.STRING, name, description, true);
        entries.stream().limit(OptionData.MAX_CHOICES)
                .forEach(e -> option.addChoice(Text.cut(e.name(), Command.Choice.MAX_NAME_LENGTH), e.id()));
        return option;
    }
}
