package org.careerbot.console;

import java.util.ArrayList;
import java.util.List;

/** What a terminal shows of the bytes written to it, roughly: the text of each line, without escape sequences. */
final class Screen {
    private Screen() {
    }

    /**
     * The bytes' text from the chat's greeting on (before it, the terminal echoes keys typed ahead): escape
     * sequences removed; a carriage return within a line starts it again.
     */
    static String text(String written) {
        String shown = written.substring(Math.max(0, written.indexOf(ConsoleChat.GREETING.substring(0, 10))));
        String noEscapes = shown.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[=>]", "");
        StringBuilder out = new StringBuilder();
        for (String line : noEscapes.split("\n", -1)) {
            String ended = line.replaceAll("\r+$", "");
            out.append(ended.substring(ended.lastIndexOf('\r') + 1)).append('\n');
        }
        return out.toString();
    }

    /** The lines after the first line that starts with {@code from}, up to the next that starts with {@code to}. */
    static List<String> between(String screen, String from, String to) {
        List<String> lines = screen.lines().toList();
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (in && line.startsWith(to)) {
                break;
            }
            if (in) {
                out.add(line);
            }
            in = in || line.startsWith(from);
        }
        return out;
    }
}
