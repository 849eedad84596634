package org.careerbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.core.Answerer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: answers the project's question set repeatedly after a warm-up, on one thread, and prints one JSON
 * line: throughput, latency percentiles, start-up time and heap after a full GC.
 */
@Command(name = "bench", description = "Measure answers per second, latency, start-up time and heap.")
final class BenchCommand implements Runnable {
    @ParentCommand
    Main main;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Measured passes over the question set (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes (default ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Override
    public void run() {
        Components c = main.components();
        List<String> questions = questions();
        PlainTextRenderer renderer = new PlainTextRenderer();
        long[] nanos = new long[rounds * questions.size()];
        for (int i = 0; i < warmup; i++) {
            measure(c.answerer(), renderer, questions, new long[questions.size()], 0);
        }
        for (int i = 0; i < rounds; i++) {
            measure(c.answerer(), renderer, questions, nanos, i * questions.size());
        }
        System.out.println(json(c, nanos));
    }

    private static void measure(Answerer bot, PlainTextRenderer renderer, List<String> questions, long[] nanos,
                                int offset) {
        for (int i = 0; i < questions.size(); i++) {
            long t0 = System.nanoTime();
            renderer.render(bot.answer(Question.of(questions.get(i), "")));
            nanos[offset + i] = System.nanoTime() - t0;
        }
    }

    private static String json(Components c, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long sum = Arrays.stream(nanos).sum();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", nanos.length);
        out.put("answers_per_second", Math.round(nanos.length / (sum / 1e9)));
        out.put("p50_us", sorted[sorted.length / 2] / 1000);
        out.put("p99_us", sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1000);
        out.put("startup_ms", c.startupMs());
        out.put("heap_used_mb", Math.round(heap / 1024.0 / 1024.0 * 10) / 10.0);
        try {
            return new ObjectMapper().writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's own question set, shipped in the jar. */
    static List<String> questions() {
        try (InputStream in = BenchCommand.class.getClassLoader().getResourceAsStream("questions/career.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    out.add(node.get("q").asText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
