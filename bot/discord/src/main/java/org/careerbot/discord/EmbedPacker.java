package org.careerbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Packs an answer's title, lead, field groups and sources into messages of embeds, within every limit Discord puts
 * on them: at most {@value MessageEmbed#MAX_FIELD_AMOUNT} fields an embed, {@value Message#MAX_EMBED_COUNT} embeds
 * and {@value MessageEmbed#EMBED_MAX_LENGTH_BOT} characters of embeds a message. A group that does not fit starts
 * the next embed, or the next message; after {@value #MAX_MESSAGES} messages the rest is left out and the footer
 * says the answer was shortened.
 */
final class EmbedPacker {
    /** More messages than this for one answer would flood a channel; such an answer is shortened instead. */
    static final int MAX_MESSAGES = 3;
    /** The sources text stays small: it is a footnote, and every message reserves room for it. */
    static final int SOURCES_MAX_LENGTH = 1000;
    static final String SHORTENED = "Shortened to fit Discord: ask about one part for the rest.";
    static final int COLOR = 0x5865F2;

    private final List<List<MessageEmbed>> pages = new ArrayList<>();
    private List<MessageEmbed> page = new ArrayList<>();
    private int pageLength;
    private EmbedBuilder embed;
    private int embedLength;
    private int embedFields;

    private EmbedPacker() {
    }

    /** The pages (messages) of embeds; never empty. */
    static List<List<MessageEmbed>> pack(String title, String lead, List<EmbedLayout.Group> groups,
                                         List<String> sources) {
        return new EmbedPacker().run(title, lead, groups, sources);
    }

    private List<List<MessageEmbed>> run(String title, String lead, List<EmbedLayout.Group> groups,
                                         List<String> sources) {
        int reserve = footer(sources, true).length();
        first(title, lead);
        boolean shortened = false;
        for (EmbedLayout.Group group : groups) {
            if (!fitsEmbed(group, reserve) && !next(group, reserve)) {
                shortened = true;
                break;
            }
            group.fields().forEach(f -> embed.addField(f.toJda()));
            embedLength += group.length();
            embedFields += group.fields().size();
        }
        String footer = footer(sources, shortened);
        embed.setFooter(footer.isEmpty() ? null : footer);
        page.add(embed.build());
        pages.add(page);
        return pages;
    }

    private void first(String title, String lead) {
        embed = new EmbedBuilder().setColor(COLOR);
        String t = Text.cut(title, MessageEmbed.TITLE_MAX_LENGTH);
        String d = Text.cut(EmbedLayout.plain(lead), MessageEmbed.DESCRIPTION_MAX_LENGTH);
        if (t.isEmpty() && d.isEmpty()) {
            t = "Career Bot"; // an embed needs some text, and an answer without title or lead still has a sender
        }
        embed.setTitle(t.isEmpty() ? null : t);
        embed.setDescription(d.isEmpty() ? null : d);
        embedLength = t.length() + d.length();
    }

    private boolean fitsEmbed(EmbedLayout.Group group, int reserve) {
        return embedFields + group.fields().size() <= MessageEmbed.MAX_FIELD_AMOUNT
                && pageLength + embedLength + group.length() + reserve <= MessageEmbed.EMBED_MAX_LENGTH_BOT;
    }

    /** Closes the current embed and opens another, in this message or the next; false when out of room. */
    private boolean next(EmbedLayout.Group group, int reserve) {
        boolean samePage = page.size() + 2 <= Message.MAX_EMBED_COUNT
                && pageLength + embedLength + group.length() + reserve <= MessageEmbed.EMBED_MAX_LENGTH_BOT;
        boolean newPage = !samePage && pages.size() + 1 < MAX_MESSAGES;
        if (!samePage && !newPage) {
            return false;
        }
        page.add(embed.build());
        pageLength += embedLength;
        if (newPage) {
            pages.add(page);
            page = new ArrayList<>();
            pageLength = 0;
        }
        embed = new EmbedBuilder().setColor(COLOR);
        embedLength = 0;
        embedFields = 0;
        return true;
    }

    /** "Sources: a · b", whole citations only, with how many were left out; the shortening note first. */
    static String footer(List<String> sources, boolean shortened) {
        StringBuilder text = new StringBuilder(shortened ? SHORTENED + " " : "");
        if (sources.isEmpty()) {
            return text.toString().strip();
        }
        text.append("Sources: ");
        int limit = text.length() + SOURCES_MAX_LENGTH;
        for (int i = 0; i < sources.size(); i++) {
            String more = " … (+" + (sources.size() - i) + " more)";
            String item = (i > 0 ? " · " : "") + sources.get(i);
            if (text.length() + item.length() + more.length() > limit) {
                return text.append(more).toString();
            }
            text.append(item);
        }
        return text.toString();
    }
}
