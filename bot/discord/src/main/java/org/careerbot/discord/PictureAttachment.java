package org.careerbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import org.careerbot.picture.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A picture as Discord shows it with an answer: a PNG attachment, described for screen readers, which the answer's
 * embed displays through an {@code attachment://} reference to its file name. One file a message, far below
 * Discord's {@value Message#MAX_FILE_AMOUNT}; a picture over {@link Message#MAX_FILE_SIZE} bytes is left out.
 */
final class PictureAttachment {
    /** Discord keeps at most this many characters of an attachment's description (its alt text). */
    static final int MAX_DESCRIPTION = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(PictureAttachment.class);
    private final String name;
    private final byte[] png;
    private final String description;

    private PictureAttachment(String name, byte[] png, String description) {
        this.name = name;
        this.png = png;
        this.description = description;
    }

    /** The picture as an attachment; empty when it is too big for Discord. */
    static Optional<PictureAttachment> of(Picture picture) {
        byte[] png = picture.png();
        if (png.length > Message.MAX_FILE_SIZE) {
            LOG.warn("picture \"{}\" left out: {} bytes is more than Discord takes", picture.title(), png.length);
            return Optional.empty();
        }
        return Optional.of(new PictureAttachment(picture.fileName(), png,
                Text.cut(picture.altText(), MAX_DESCRIPTION)));
    }

    /** The file name, which the embed refers to. */
    String name() {
        return name;
    }

    /** A new upload each time: JDA reads an upload's data once, when it sends it. */
    FileUpload upload() {
        return FileUpload.fromData(png, name).setDescription(description);
    }

    /** The embeds with the picture in the last of them, below the text it illustrates. */
    List<MessageEmbed> shownIn(List<MessageEmbed> embeds) {
        List<MessageEmbed> shown = new ArrayList<>(embeds);
        int last = shown.size() - 1;
        shown.set(last, new EmbedBuilder(shown.get(last)).setImage("attachment://" + name).build());
        return shown;
    }
}
