package org.careerbot.slack;

/**
 * Slack's Block Kit limits. Everything the app sends is built within them, so Slack never rejects a message as
 * too big; where Slack allows more (button values), the smaller figure keeps payloads compact.
 */
final class SlackLimits {
    static final int MESSAGE_BLOCKS = 50;
    static final int HOME_BLOCKS = 100;
    static final int HEADER_TEXT = 150;
    static final int SECTION_TEXT = 3000;
    static final int FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int CONTEXT_ELEMENTS = 10;
    static final int CONTEXT_TEXT = 2000;
    static final int ACTIONS_ELEMENTS = 25;
    static final int BUTTON_TEXT = 75;
    static final int ID = 255;
    static final int VALUE = 255;
    /** An uploaded image's alt text. */
    static final int ALT_TEXT = 2000;
    /** The notification text; Slack allows far more, but nobody reads more in a notification. */
    static final int FALLBACK_TEXT = 3000;

    private SlackLimits() {
    }
}
