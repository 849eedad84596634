package org.careerbot.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Conversations;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeException;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LucenePassageIndex;
import org.careerbot.understanding.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of Career Bot, and the one place that creates and wires everything. */
@Command(name = "career-bot", mixinStandardHelpOptions = true, version = "Career Bot 1.0",
        description = "Answers AI career questions from cited sources, in the terminal, Slack and Discord.",
        subcommands = {AskCommand.class, ChatCommand.class, KnowledgeCommand.class, BenchCommand.class,
                DiscordCommand.class, PictureCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Extra content directory (adds to or overrides the built-in knowledge); "
                    + "default: $CAREER_BOT_CONTENT")
    Path content;

    /** Runs a command; exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit status; for tests. */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof KnowledgeException) {
                commandLine.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        return new ChatCommand().run(this);
    }

    /** The content directory chosen by option or environment, or null. */
    Path contentDir() {
        if (content != null) {
            return content;
        }
        String env = System.getenv("CAREER_BOT_CONTENT");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /**
     * Loads the knowledge and builds the core; fails with every problem named if the knowledge is broken. The
     * lexicon loads on a second thread meanwhile, to start faster. The Lucene indexes are built one after the
     * other on this thread: initialising Lucene's classes from two threads at once can deadlock.
     */
    Components components() {
        CompletableFuture<Lexicon> lexicon = CompletableFuture.supplyAsync(Lexicon::load);
        KnowledgeBase kb = KnowledgeLoader.load(contentDir());
        LuceneEntityIndex entities = new LuceneEntityIndex(kb);
        LucenePassageIndex passages = new LucenePassageIndex(kb);
        Conversations conversations = new Conversations(10_000, Duration.ofMinutes(30), Clock.systemUTC());
        CareerBot bot = new CareerBot(kb, entities, passages, lexicon.join(), conversations);
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        return new Components(kb, bot, bot.catalog(), startup);
    }
}
