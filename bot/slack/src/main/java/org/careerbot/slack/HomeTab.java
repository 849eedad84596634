package org.careerbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.careerbot.core.Catalog;
import org.careerbot.model.Answer;

/**
 * The App Home tab: what the bot does, the roles as buttons, example questions, and the answer to the last
 * button clicked there (so Home needs no DM and no extra scope).
 */
final class HomeTab {
    static final int EXAMPLES = 6;
    /** Four rows of buttons; the knowledge has far fewer roles, this only bounds the view. */
    static final int MAX_ROLES = 4 * SlackLimits.ACTIONS_ELEMENTS;
    static final String INTRO = "I answer questions about AI careers (roles, tasks, skills and tools) and cite the"
            + " source of every answer. Ask me anywhere with `" + SlackNames.COMMAND + " your question`, mention me"
            + " in a channel, or send me a direct message.";
    private final Catalog catalog;
    private final BlockKitRenderer renderer;
    private final List<String> examples;

    /**
     * @param catalog  the roles to offer
     * @param renderer renders the answer shown in Home
     * @param help     the core's help answer, whose bullets are example questions
     */
    HomeTab(Catalog catalog, BlockKitRenderer renderer, Answer help) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.examples = help.sections().stream().flatMap(s -> s.bullets().stream()).filter(b -> !b.isBlank())
                .limit(EXAMPLES).toList();
    }

    /** The question a role button asks. */
    static String roleQuestion(String role) {
        String name = role.strip();
        boolean vowel = !name.isEmpty() && "aeiou".indexOf(name.toLowerCase(Locale.ROOT).charAt(0)) >= 0;
        return "What is " + (vowel ? "an " : "a ") + name + "?";
    }

    /** The whole view: introduction, the brief answer if any, then the menu; within Home's block limit. */
    List<LayoutBlock> blocks(Answer answer, Framing framing) {
        return view(answer == null ? null : room -> renderer.blocks(answer, framing, room));
    }

    /** The view showing what the brief answer left out, as More shows it. */
    List<LayoutBlock> more(Answer answer) {
        return view(room -> renderer.moreBlocks(answer, Framing.NONE, room));
    }

    /** The view with a short note where the answer goes. */
    List<LayoutBlock> note(String text) {
        return view(room -> List.of(section(Mrkdwn.escape(text))));
    }

    /** Introduction, what {@code shown} lays out in the room left (null: nothing), then the menu. */
    private List<LayoutBlock> view(IntFunction<List<LayoutBlock>> shown) {
        List<LayoutBlock> menu = menu();
        List<LayoutBlock> all = new ArrayList<>();
        all.add(HeaderBlock.builder().text(plainText(SlackNames.APP_NAME)).build());
        all.add(section(INTRO));
        if (shown != null) {
            int room = SlackLimits.HOME_BLOCKS - all.size() - menu.size() - 2;
            all.add(DividerBlock.builder().build());
            all.addAll(shown.apply(room));
            all.add(DividerBlock.builder().build());
        }
        all.addAll(menu);
        return all.size() <= SlackLimits.HOME_BLOCKS ? all : all.subList(0, SlackLimits.HOME_BLOCKS);
    }

    private List<LayoutBlock> menu() {
        List<LayoutBlock> menu = new ArrayList<>();
        List<Catalog.Entry> roles = catalog.roles().stream().limit(MAX_ROLES).toList();
        if (!roles.isEmpty()) {
            menu.add(section("*Roles*: click one to see what it is."));
            rows(menu, "career_roles_", roles.stream().map(Catalog.Entry::name).toList(), SlackNames.ROLE);
        }
        if (!examples.isEmpty()) {
            menu.add(section("*Try asking*"));
            rows(menu, "career_examples_", examples, SlackNames.EXAMPLE);
        }
        return menu;
    }

    /** Buttons in rows of Slack's most per actions block; each button's value is its text, asked when clicked. */
    private static void rows(List<LayoutBlock> into, String blockPrefix, List<String> texts, String actionPrefix) {
        for (int from = 0; from < texts.size(); from += SlackLimits.ACTIONS_ELEMENTS) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = from; i < Math.min(texts.size(), from + SlackLimits.ACTIONS_ELEMENTS); i++) {
                buttons.add(AnswerButtons.button(texts.get(i), actionPrefix + i, texts.get(i)));
            }
            into.add(ActionsBlock.builder().blockId(blockPrefix + from / SlackLimits.ACTIONS_ELEMENTS)
                    .elements(buttons).build());
        }
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdownText(mrkdwn)).build();
    }
}
