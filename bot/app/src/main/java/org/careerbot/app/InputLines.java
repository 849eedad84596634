package org.careerbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of standard input as the answer contract counts them: only {@code \n} and {@code \r\n} end a line. A lone
 * {@code \r} (pasted from an old Mac file, or sent on purpose) stays part of its line instead of splitting one
 * question into two answers, as {@link BufferedReader#readLine()} would.
 */
final class InputLines extends BufferedReader {
    InputLines(Reader in) {
        super(in);
    }

    /** The next line without its {@code \n} or {@code \r\n}; null at the end of input. */
    @Override
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = read(); c != -1; c = read()) {
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
