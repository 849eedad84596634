package org.careerbot.discord;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.PictureWords;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;

/**
 * Reads a {@code /career} interaction into the core's question and its audience. Structured subcommands ask for a
 * contract intent directly; only {@code ask} goes through the core's understanding of free text.
 */
final class SlashRequests {
    private final RoleSuggestions roles;

    SlashRequests(RoleSuggestions roles) {
        this.roles = roles;
    }

    /**
     * What a slash command asks, and for whom.
     *
     * @param question  the question for the core
     * @param ephemeral whether only the asker sees the answer
     * @param learnerId the user the answer is posted for ({@code for}), or 0
     */
    record Request(Question question, boolean ephemeral, long learnerId) {
    }

    Request read(SlashCommandInteractionEvent event) {
        long asker = event.getUser().getIdLong();
        OptionMapping learner = event.getOption(CareerCommand.FOR);
        long learnerId = learner == null ? 0 : learner.getAsUser().getIdLong();
        OptionMapping share = event.getOption(CareerCommand.SHARE);
        boolean ephemeral = learnerId == 0 && (share == null || !share.getAsBoolean());
        // The conversation is the learner's when answering for one: it is they who will click the follow-ups.
        String conversation = ConversationIds.of(event.getChannelIdLong(), learnerId == 0 ? asker : learnerId);
        // Who asks is the asker, also when answering for a learner: their questions count against their limit.
        return new Request(question(event, conversation).by(Long.toUnsignedString(asker)), ephemeral, learnerId);
    }

    private Question question(SlashCommandInteractionEvent event, String conversation) {
        String sub = event.getSubcommandName() == null ? CareerCommand.HELP : event.getSubcommandName();
        return switch (sub) {
            case CareerCommand.ASK -> Exchange.read(text(event, CareerCommand.QUESTION), conversation);
            case CareerCommand.ROLE -> structured(about(event, CareerCommand.ROLE_ABOUT),
                    withRoles(List.of(role(text(event, CareerCommand.ROLE)))), conversation);
            case CareerCommand.COMPARE -> compare(role(text(event, CareerCommand.FIRST)),
                    role(text(event, CareerCommand.SECOND)), conversation);
            case CareerCommand.TASK -> structured(about(event, CareerCommand.TASK_ABOUT),
                    new Entities(List.of(), List.of(text(event, CareerCommand.TASK)), List.of(), List.of()),
                    conversation);
            case CareerCommand.SKILL -> structured(about(event, CareerCommand.SKILL_ABOUT),
                    new Entities(List.of(), List.of(), List.of(text(event, CareerCommand.SKILL)), List.of()),
                    conversation);
            case CareerCommand.ROLES, CareerCommand.MATRIX -> PictureWords.matrix(conversation);
            default -> structured(Intent.HELP, Entities.NONE, conversation);
        };
    }

    /** A role compared with itself is just that role. */
    private static Question compare(String first, String second, String conversation) {
        return first.equals(second) ? structured(Intent.ROLE_DEFINE, withRoles(List.of(first)), conversation)
                : structured(Intent.ROLE_COMPARE, withRoles(List.of(first, second)), conversation);
    }

    private static Question structured(Intent intent, Entities entities, String conversation) {
        return Question.structured(intent.id(), entities, conversation);
    }

    private static Entities withRoles(List<String> ids) {
        return new Entities(ids, List.of(), List.of(), List.of());
    }

    /** The {@code about} choice's intent; the first choice when none (or an unknown one) was given. */
    private static Intent about(SlashCommandInteractionEvent event, Map<String, Intent> choices) {
        String about = text(event, CareerCommand.ABOUT);
        return choices.getOrDefault(about, choices.values().iterator().next());
    }

    private String role(String value) {
        return roles.resolve(value);
    }

    private static String text(SlashCommandInteractionEvent event, String option) {
        OptionMapping value = event.getOption(option);
        return value == null || value.getAsString() == null ? "" : value.getAsString().strip();
    }
}
