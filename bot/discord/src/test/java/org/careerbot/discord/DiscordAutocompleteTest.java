package org.careerbot.discord;

import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Catalog;
import org.careerbot.core.FixedCatalog;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.BeforeAll;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscordAutocompleteTest {
    private static CareerBot bot;
    private final FakeDiscord discord = new FakeDiscord();

    @BeforeAll
    static void core() {
        bot = TestBot.fresh();
    }

    private List<Command.Choice> suggest(Catalog catalog, String option, String typed) {
        new InteractionListener(q -> {
            throw new AssertionError("autocomplete never asks the core");
        }, catalog, Feedback.NONE, Illustrations.NONE, r -> {
            throw new AssertionError("autocomplete answers directly, never on a worker");
        }, Clock.systemUTC()).onCommandAutoCompleteInteraction(discord.autocomplete(option, typed));
        return discord.choices;
    }

    @ParameterizedTest
    @CsvSource({
        "role, machin lerning eng, machine-learning-engineer",
        "first, MLE, machine-learning-engineer",
        "second, data analyst, data-analyst",
        "role, Software engineer, software-engineer",
        "role, dl eng, deep-learning-engineer"})
    void suggestsTheRoleFirstFromNamesTitlesAbbreviationsAndTypos(String option, String typed, String id) {
        List<Command.Choice> choices = suggest(bot.catalog(), option, typed);
        assertEquals(List.of("choices"), discord.kinds(), "answered directly, nothing deferred");
        assertEquals(id, choices.get(0).getAsString());
    }

    @Test
    void emptyInputListsRolesByNameWithIdsAsValues() {
        List<Command.Choice> choices = suggest(bot.catalog(), "role", "");
        assertEquals(bot.catalog().roles().size(), choices.size());
        assertEquals("Data scientist", choices.get(0).getName());
        assertEquals("data-scientist", choices.get(0).getAsString());
    }

    @Test
    void atMostTwentyFiveChoicesWithNamesWithinDiscordsLimit() {
        List<Catalog.Entry> many = IntStream.range(0, 60)
                .mapToObj(i -> new Catalog.Entry("role-" + i, "Role " + i + " " + "n".repeat(150))).toList();
        List<Command.Choice> choices = suggest(new FixedCatalog(many), "role", "role");
        assertEquals(25, choices.size());
        assertTrue(choices.stream().allMatch(c -> c.getName().length() <= Command.Choice.MAX_NAME_LENGTH));
    }

    @Test
    void otherOptionsGetNoSuggestions() {
        assertTrue(suggest(bot.catalog(), "question", "data").isEmpty());
        assertEquals(List.of("choices"), discord.kinds());
    }

    @Test
    void aFailingCatalogAnswersWithNoChoicesRatherThanNothing() {
        Catalog broken = new FixedCatalog(List.of()) {
            @Override
            public List<Entry> suggestRoles(String typed, int max) {
                throw new IllegalStateException("index closed");
            }
        };
        try (LoggedEvents logs = LoggedEvents.capture()) {
            assertTrue(suggest(broken, "role", "data").isEmpty());
            assertTrue(logs.loggedErrorCausedBy("index closed"), logs.errors().toString());
        }
        assertEquals(List.of("choices"), discord.kinds());
    }

}
