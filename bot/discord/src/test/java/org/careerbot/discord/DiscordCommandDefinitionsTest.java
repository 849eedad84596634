package org.careerbot.discord;

import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.careerbot.core.CareerBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registered JSON checked against Discord's rules for application commands. */
class DiscordCommandDefinitionsTest {
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");
    private static final int SUB_COMMAND = 1;
    private static final int STRING = 3;
    private static final int BOOLEAN = 5;
    private static final int USER = 6;
    private static CareerBot bot;
    private static JsonNode commands;

    @BeforeAll
    static void definitions() throws Exception {
        bot = TestBot.fresh();
        commands = new ObjectMapper().readTree(new CommandDefinitions(bot.catalog()).json());
    }

    private static JsonNode career() {
        return command("career");
    }

    private static JsonNode command(String name) {
        for (JsonNode c : commands) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no command " + name);
    }

    private static JsonNode sub(String name) {
        for (JsonNode s : career().get("options")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no subcommand " + name);
    }

    private static List<String> names(JsonNode options) {
        List<String> names = new ArrayList<>();
        options.forEach(o -> names.add(o.get("name").asText()));
        return names;
    }

    @Test
    void jsonIsExactlyJdasToDataOfEachCommand() {
        List<CommandData> data = new CommandDefinitions(bot.catalog()).commands();
        assertEquals(DataArray.empty().addAll(data).toString(), new CommandDefinitions(bot.catalog()).json());
        // and JDA reads it back, validating every limit again
        assertEquals(2, Commands.fromList(DataArray.fromJson(new CommandDefinitions(bot.catalog()).json())).size());
    }

    @Test
    void oneSlashCommandWithSubcommandsAndOneMessageCommand() {
        assertEquals(2, commands.size());
        assertEquals(1, career().get("type").asInt());
        assertEquals(List.of("ask", "role", "compare", "task", "skill", "roles", "matrix", "help"),
                names(career().get("options")));
        career().get("options").forEach(s -> assertEquals(SUB_COMMAND, s.get("type").asInt()));
        JsonNode mentor = command("Answer with Career Bot");
        assertEquals(3, mentor.get("type").asInt());
        assertTrue(mentor.get("name").asText().length() <= 32);
    }

    @Test
    void namesAndDescriptionsFollowDiscordsRules() {
        walk(career(), node -> {
            String name = node.get("name").asText();
            assertTrue(NAME.matcher(name).matches(), name);
            assertEquals(name.toLowerCase(java.util.Locale.ROOT), name, "lower case: " + name);
            int description = node.get("description").asText().length();
            assertTrue(description >= 1 && description <= 100, name + ": description " + description);
        });
    }

    @Test
    void optionsChoicesAndOrderFollowDiscordsRules() {
        assertTrue(career().get("options").size() <= 25);
        walk(career(), node -> {
            JsonNode options = node.get("options");
            if (options == null) {
                return;
            }
            assertTrue(options.size() <= 25, "options of " + node.get("name"));
            boolean optionalSeen = false;
            for (JsonNode o : options) {
                boolean required = o.path("required").asBoolean(false);
                assertFalse(required && optionalSeen, "required after optional in " + node.get("name"));
                optionalSeen |= !required && o.get("type").asInt() != SUB_COMMAND;
                JsonNode choices = o.get("choices");
                int count = choices == null ? 0 : choices.size();
                assertTrue(count <= 25, "choices of " + o.get("name"));
                assertFalse(o.path("autocomplete").asBoolean(false) && count > 0, "autocomplete with choices");
                if (choices != null) {
                    choices.forEach(c -> {
                        assertTrue(c.get("name").asText().length() >= 1 && c.get("name").asText().length() <= 100);
                        assertTrue(c.get("value").asText().length() <= 100);
                    });
                }
            }
        });
    }

    @Test
    void eachCommandStaysWithinDiscordsTotalOf8000Characters() {
        for (JsonNode c : commands) {
            int size = size(c);
            assertTrue(size <= 8000, c.get("name") + ": " + size);
        }
    }

    @Test
    void everySubcommandCanBeSharedOrPostedForALearner() {
        career().get("options").forEach(s -> {
            List<String> names = names(s.get("options"));
            assertEquals(List.of("share", "for"), names.subList(names.size() - 2, names.size()), s.toString());
            JsonNode options = s.get("options");
            assertEquals(BOOLEAN, options.get(names.size() - 2).get("type").asInt());
            assertEquals(USER, options.get(names.size() - 1).get("type").asInt());
        });
    }

    @Test
    void roleOptionsAutocompleteAndTheRestOffferChoices() {
        assertTrue(sub("role").get("options").get(0).get("autocomplete").asBoolean());
        assertTrue(sub("compare").get("options").get(0).get("autocomplete").asBoolean());
        assertTrue(sub("compare").get("options").get(1).get("autocomplete").asBoolean());
        assertEquals(List.of("overview", "tasks", "skills", "tools", "titles", "team", "education", "industries"),
                names(sub("role").get("options").get(1).get("choices")));
        assertEquals(List.of("overview", "subtasks", "roles", "skills"),
                names(sub("task").get("options").get(1).get("choices")));
        assertEquals(List.of("overview", "roles"), names(sub("skill").get("options").get(1).get("choices")));
        JsonNode tasks = sub("task").get("options").get(0).get("choices");
        assertEquals(5, tasks.size());
        assertEquals("modeling", tasks.get(1).get("value").asText());
        assertEquals(10, sub("skill").get("options").get(0).get("choices").size());
        assertEquals(STRING, sub("ask").get("options").get(0).get("type").asInt());
    }

    @Test
    void usableInServersAndInDirectMessagesWithTheBot() {
        for (JsonNode c : commands) {
            assertEquals(List.of("0", "1"), texts(c.get("contexts")), "guild and bot DM");
            assertEquals(List.of("0"), texts(c.get("integration_types")), "installed to servers");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Visits the command and every nested subcommand and option. */
    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        visit.accept(node);
        JsonNode options = node.get("options");
        if (options != null) {
            options.forEach(o -> walk(o, visit));
        }
    }

    /** Discord's count: names, descriptions and choice names and values of the command and all its options. */
    private static int size(JsonNode node) {
        int size = node.path("name").asText().length() + node.path("description").asText().length();
        for (JsonNode c : node.path("choices")) {
            size += c.get("name").asText().length() + c.get("value").asText().length();
        }
        for (JsonNode o : node.path("options")) {
            size += size(o);
        }
        return size;
    }
}
