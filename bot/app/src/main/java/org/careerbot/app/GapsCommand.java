package org.careerbot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbot.ops.GapsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gaps}: what the knowledge is missing, from the gaps log: the most frequent unanswered questions and the
 * answers users marked unhelpful, with counts. Only the report goes to standard output; notes go to standard
 * error.
 */
@Command(name = "gaps", description = "Summarise the gaps log: the most frequent unanswered questions and the "
        + "answers users found unhelpful.")
final class GapsCommand implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([dhm])");

    @Option(names = "--since", paramLabel = "AGE", defaultValue = "7d",
            description = "How far back to look: 7d, 24h or 30m; default: ${DEFAULT-VALUE}")
    String since;

    @Option(names = "--file", paramLabel = "FILE",
            description = "The gaps log; default: $GAPS_FILE, else " + OpsSettings.DEFAULT_GAPS_FILE)
    Path file;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of each list to show; default: ${DEFAULT-VALUE}")
    int top;

    @Override
    public Integer call() {
        Duration age = age(since);
        if (age == null || top < 1) {
            System.err.println(age == null ? "--since must look like 7d, 24h or 30m; got '" + since + "'"
                    : "--top must be at least 1; got " + top);
            return 2;
        }
        Path log = file != null ? file : OpsSettings.gapsFile(System.getenv());
        if (!Files.exists(log)) {
            System.err.println("No gaps log at " + log + " yet (nothing logged there; set GAPS_FILE or --file).");
        }
        Instant from = Clock.systemUTC().instant().minus(age).truncatedTo(ChronoUnit.SECONDS);
        GapsReport report;
        try {
            report = GapsReport.read(log, from);
        } catch (IOException e) {
            System.err.println("Cannot read the gaps log " + log + ": " + e.getMessage());
            return 1;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Gaps since " + from + " (" + since.strip() + ") in " + log);
        out.println();
        out.print(report.render(top));
        out.flush();
        if (report.malformed() > 0) {
            System.err.println("Skipped " + report.malformed() + " unreadable line(s) in " + log + ".");
        }
        return 0;
    }

    /** "7d", "24h", "30m" as a duration; null when malformed. */
    static Duration age(String text) {
        Matcher m = AGE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
