package org.careerbot.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.stubbing.Answer;

/**
 * Mocked JDA interactions that record, in order, everything the bot sends: deferrals, edits of the original
 * response, follow-up messages, direct replies, replies to a message and autocomplete choices. Every queued
 * request succeeds at once (on the calling thread) unless told otherwise, so no test needs to wait.
 */
final class FakeDiscord {
    /** What the bot did, in order: "defer", "edit", "send", "reply", "message-reply", "choices". */
    final List<Sent> sent = new ArrayList<>();
    /** Free-form marks tests add (e.g. "answer" when the core is asked), interleaved with {@link #sent} kinds. */
    final List<String> log = new ArrayList<>();
    final List<Command.Choice> choices = new ArrayList<>();

    /**
     * One request the bot made.
     */
    static final class Sent {
        final String kind;
        final MessageData data;
        Boolean ephemeral;

        Sent(String kind, MessageData data, Boolean ephemeral) {
            this.kind = kind;
            this.data = data;
            this.ephemeral = ephemeral;
        }

        MessageCreateData create() {
            return (MessageCreateData) data;
        }

        MessageEditData edit() {
            return (MessageEditData) data;
        }

        List<MessageEmbed> embeds() {
            return data instanceof MessageCreateData c ? c.getEmbeds() : ((MessageEditData) data).getEmbeds();
        }

        /** The files attached. */
        List<FileUpload> files() {
            return data instanceof MessageCreateData c ? c.getFiles() : ((MessageEditData) data).getFiles();
        }

        String content() {
            return data instanceof MessageCreateData c ? c.getContent() : ((MessageEditData) data).getContent();
        }

        @Override
        public String toString() {
            return kind + (ephemeral == null ? "" : ephemeral ? "(ephemeral)" : "(public)");
        }
    }

    List<Sent> of(String kind) {
        return sent.stream().filter(s -> s.kind.equals(kind)).toList();
    }

    List<String> kinds() {
        return log;
    }

    /** A slash command {@code /career <sub>} with options: strings, booleans, or a {@link Long} user id. */
    SlashCommandInteractionEvent slash(String sub, long user, long channel, Map<String, Object> options) {
        SlashCommandInteractionEvent e = mock(SlashCommandInteractionEvent.class);
        when(e.getName()).thenReturn(CareerCommand.NAME);
        when(e.getSubcommandName()).thenReturn(sub);
        when(e.getFullCommandName()).thenReturn(CareerCommand.NAME + " " + sub);
        when(e.getOption(anyString())).thenAnswer(inv -> option(options.get(inv.<String>getArgument(0))));
        interaction(e, user, channel);
        return e;
    }

    CommandAutoCompleteInteractionEvent autocomplete(String option, String typed) {
        CommandAutoCompleteInteractionEvent e = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(typed);
        when(e.getName()).thenReturn(CareerCommand.NAME);
        when(e.getFocusedOption()).thenReturn(query);
        when(e.replyChoices(anyCollection())).thenAnswer(inv -> {
            choices.addAll(inv.<Collection<Command.Choice>>getArgument(0));
            log.add("choices");
            return action(AutoCompleteCallbackAction.class, null);
        });
        return e;
    }

    /** A click on a button whose message shows these embeds. */
    ButtonInteractionEvent button(String customId, long user, long channel, List<MessageEmbed> shown) {
        ButtonInteractionEvent e = mock(ButtonInteractionEvent.class);
        when(e.getComponentId()).thenReturn(customId);
        Message message = mock(Message.class);
        when(message.getEmbeds()).thenReturn(shown);
        when(e.getMessage()).thenReturn(message);
        interaction(e, user, channel);
        return e;
    }

    /** "Answer with Career Bot" on a message; {@code replyFails}: the bot may not post in the channel. */
    MessageContextInteractionEvent messageCommand(String text, long author, long user, long channel,
                                                  boolean replyFails) {
        MessageContextInteractionEvent e = mock(MessageContextInteractionEvent.class);
        when(e.getName()).thenReturn(CareerCommand.MENTOR);
        Message target = mock(Message.class);
        User writer = user(author);
        when(target.getAuthor()).thenReturn(writer);
        when(target.getContentDisplay()).thenReturn(text);
        when(target.getJumpUrl()).thenReturn("https://discord.com/channels/1/" + channel + "/99");
        when(target.reply(any(MessageCreateData.class))).thenAnswer(inv -> {
            Sent s = record("message-reply", inv.getArgument(0), null);
            return replyFails ? failing(MessageCreateAction.class, "Missing Permissions") : action(
                    MessageCreateAction.class, s);
        });
        when(e.getTarget()).thenReturn(target);
        interaction(e, user, channel);
        return e;
    }

    /** Common to events that can be replied to: user, channel, reply, deferral and the hook. */
    private void interaction(IReplyCallback e, long user, long channel) {
        User u = user(user);
        when(e.getUser()).thenReturn(u);
        when(e.getChannelIdLong()).thenReturn(channel);
        when(e.deferReply(anyBoolean())).thenAnswer(inv -> {
            record("defer", null, inv.getArgument(0));
            return action(ReplyCallbackAction.class, null);
        });
        when(e.reply(any(MessageCreateData.class))).thenAnswer(inv -> {
            Sent s = record("reply", inv.getArgument(0), false);
            return action(ReplyCallbackAction.class, s);
        });
        InteractionHook hook = mock(InteractionHook.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(inv -> {
            record("edit", inv.getArgument(0), null);
            return action(WebhookMessageEditAction.class, null);
        });
        when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(inv -> {
            Sent s = record("send", inv.getArgument(0), null);
            return action(WebhookMessageCreateAction.class, s);
        });
        when(e.getHook()).thenReturn(hook);
    }

    private Sent record(String kind, MessageData data, Boolean ephemeral) {
        Sent s = new Sent(kind, data, ephemeral);
        sent.add(s);
        log.add(kind);
        return s;
    }

    static User user(long id) {
        User u = mock(User.class);
        when(u.getIdLong()).thenReturn(id);
        when(u.getId()).thenReturn(Long.toString(id));
        return u;
    }

    private static OptionMapping option(Object value) {
        if (value == null) {
            return null;
        }
        OptionMapping o = mock(OptionMapping.class);
        if (value instanceof Boolean b) {
            when(o.getAsBoolean()).thenReturn(b);
        } else if (value instanceof Long id) {
            User u = user(id);
            when(o.getAsUser()).thenReturn(u);
            when(o.getAsLong()).thenReturn(id);
        } else {
            when(o.getAsString()).thenReturn(value.toString());
        }
        return o;
    }

    /**
     * A request that succeeds as soon as it is queued; builder calls return it; {@code setEphemeral} is recorded.
     */
    @SuppressWarnings("unchecked")
    static <T> T action(Class<T> type, Sent sent) {
        Answer<Object> answer = inv -> {
            String name = inv.getMethod().getName();
            if (name.equals("queue")) {
                Object[] args = inv.getArguments();
                if (args.length > 0 && args[0] != null) {
                    ((Consumer<Object>) args[0]).accept(null);
                }
                return null;
            }
            if (name.equals("setEphemeral") && sent != null) {
                sent.ephemeral = inv.getArgument(0);
            }
            return inv.getMethod().getReturnType().isAssignableFrom(type) ? inv.getMock()
                    : RETURNS_DEFAULTS.answer(inv);
        };
        return mock(type, answer);
    }

    /** A request that Discord refuses with this message. */
    @SuppressWarnings("unchecked")
    static <T> T failing(Class<T> type, String message) {
        Answer<Object> answer = inv -> {
            if (inv.getMethod().getName().equals("queue")) {
                Object[] args = inv.getArguments();
                if (args.length > 1 && args[1] != null) {
                    ((Consumer<Throwable>) args[1]).accept(new IllegalStateException(message));
                }
                return null;
            }
            return inv.getMethod().getReturnType().isAssignableFrom(type) ? inv.getMock()
                    : RETURNS_DEFAULTS.answer(inv);
        };
        return mock(type, answer);
    }
}
