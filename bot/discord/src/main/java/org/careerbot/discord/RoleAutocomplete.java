package org.careerbot.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * Suggests roles while a user types a role option: names, job titles and abbreviations, typos forgiven. Answers
 * directly (autocomplete cannot be deferred) with at most {@value OptionData#MAX_CHOICES} choices whose value is
 * the role id.
 */
final class RoleAutocomplete {
    private final RoleSuggestions roles;

    RoleAutocomplete(RoleSuggestions roles) {
        this.roles = roles;
    }

    void suggest(CommandAutoCompleteInteractionEvent event) {
        AutoCompleteQuery focused = event.getFocusedOption();
        List<Command.Choice> choices = CareerCommand.ROLE_OPTIONS.contains(focused.getName())
                ? choices(focused.getValue()) : List.of();
        event.replyChoices(choices).queue(null, Sending.logged("suggestions"));
    }

    List<Command.Choice> choices(String typed) {
        return roles.suggest(typed, OptionData.MAX_CHOICES).stream()
                .filter(e -> e.id().length() <= Command.Choice.MAX_STRING_VALUE_LENGTH)
                .limit(OptionData.MAX_CHOICES)
                .map(e -> new Command.Choice(Text.cut(e.name(), Command.Choice.MAX_NAME_LENGTH), e.id()))
                .toList();
    }
}
