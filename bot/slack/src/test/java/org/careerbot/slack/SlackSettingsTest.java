package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    @Test
    void anAppTokenMeansSocketModeAndASigningSecretAloneMeansHttp() {
        assertEquals(SlackSettings.Mode.SOCKET, SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_APP_TOKEN", "xapp-1", "SLACK_SIGNING_SECRET", "s")).mode());
        assertEquals(SlackSettings.Mode.HTTP, SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s")).mode());
    }

    @Test
    void withoutABotTokenOrAWayInThereIsNothingToRunAndItSaysWhatToSet() {
        SlackSettings none = SlackSettings.fromEnvironment(Map.of("SLACK_APP_TOKEN", "xapp-1"));
        assertEquals(SlackSettings.Mode.NONE, none.mode());
        assertTrue(none.missing().contains("SLACK_BOT_TOKEN"));
        assertEquals(SlackSettings.Mode.NONE, SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "  ")).mode(), "blank is unset");
    }

    @Test
    void portDefaultsTo3000AndMustBeAPortNumber() {
        assertEquals(3000, SlackSettings.fromEnvironment(Map.of()).port());
        assertEquals(8080, SlackSettings.fromEnvironment(Map.of("PORT", " 8080 ")).port());
        assertThrows(IllegalArgumentException.class, () -> SlackSettings.fromEnvironment(Map.of("PORT", "http")));
        assertThrows(IllegalArgumentException.class, () -> SlackSettings.fromEnvironment(Map.of("PORT", "70000")));
    }

    @Test
    void theApiUrlGetsItsTrailingSlash() {
        assertEquals("http://127.0.0.1:1/api/", SlackSettings.fromEnvironment(Map.of("SLACK_API_URL",
                "http://127.0.0.1:1/api")).apiUrl());
    }

    @Test
    void printingTheSettingsShowsWhetherSecretsAreSetNeverTheirValues() {
        String text = SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret",
                "SLACK_SIGNING_SECRET", "signing-very-secret")).toString();
        assertFalse(text.contains("very-secret"), text);
        assertTrue(text.contains("SLACK_BOT_TOKEN set") && text.contains("SLACK_APP_TOKEN missing"), text);
    }
}
