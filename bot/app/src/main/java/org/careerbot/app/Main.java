package org.careerbot.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.careerbot.core.CareerBot;
import org.careerbot.core.ConversationStore;
import org.careerbot.core.Conversations;
import org.careerbot.core.RateLimiter;
import org.careerbot.discord.DiscordSettings;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeException;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LucenePassageIndex;
import org.careerbot.ops.DomainWords;
import org.careerbot.ops.GapsLog;
import org.careerbot.ops.Metrics;
import org.careerbot.ops.ObservedAnswerer;
import org.careerbot.ops.Observers;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Pictures;
import org.careerbot.slack.SlackBot;
import org.careerbot.state.SharedState;
import org.careerbot.state.redis.RedisSettings;
import org.careerbot.state.redis.RedisState;
import org.careerbot.slack.SlackSettings;
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
import org.careerbot.knowledge.index.LuceneWarmUp;
import org.careerbot.understanding.Lexicon;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of Career Bot, and the one place that creates and wires everything. */
@Command(name = "career-bot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        // Every command and subcommand gets --help and -V
        scope = CommandLine.ScopeType.INHERIT,
        description = "Answers AI career questions from cited sources, in the terminal, Slack and Discord.",
        subcommands = {AskCommand.class, ChatCommand.class, KnowledgeCommand.class, BenchCommand.class,
                SlackCommand.class, DiscordCommand.class, PictureCommand.class, GapsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Extra content directory (adds to or overrides the built-in knowledge); "
                    + "default: $CAREER_BOT_CONTENT")
    Path content;

    /** Runs a command; exits with its status. */
    public static void main(String[] args) {
        try {
            // before any command logs: the logging configuration would take a level it does not know for DEBUG
            OpsSettings.logLevel(System.getenv("LOG_LEVEL"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit status; for tests. */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof KnowledgeException || e instanceof ConsoleAnswers.BadSetting) {
                commandLine.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** With no command: every platform whose variables are set, in one process; the chat when there are none. */
    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        if (!SlackSettings.fromEnvironment(env).mode().equals(SlackSettings.Mode.NONE)
                || DiscordSettings.configured(env)) {
            return serve(env, true, true);
        }
        return new ChatCommand().run(this);
    }

    /**
     * Serves the configured platforms among those wanted until the process stops; settings problems end it with
     * status 2 and a message saying what to fix.
     */
    int serve(Map<String, String> env, boolean slack, boolean discord) throws InterruptedException {
        Serving serving;
        try {
            serving = serving(env, slack, discord);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return serving.runUntilStopped();
    }

    /**
     * The configured platforms among those wanted, each with the core observed for it, wired and not yet started.
     *
     * @throws IllegalArgumentException if a setting is malformed; the message names it
     */
    Serving serving(Map<String, String> env, boolean slack, boolean discord) {
        OpsSettings ops = OpsSettings.fromEnvironment(env);
        SlackSettings slackSettings = SlackSettings.fromEnvironment(env);
        // Read before the knowledge loads, so that a malformed setting fails at once.
        DiscordSettings discordSettings = discord && DiscordSettings.configured(env)
                ? DiscordSettings.fromEnvironment(env) : null;
        RedisSettings redis = RedisSettings.fromEnvironment(env);
        Metrics metrics = new Metrics();
        // One store for everything a replica remembers between requests: shared when REDIS_URL is set.
        SharedState state = redis == null ? SharedState.inMemory(ops.dataDir())
                : RedisState.connect(redis, metrics::stateFailed);
        Components components = components(state.conversations());
        Observers observers = observers(ops, components.knowledge(), metrics,
                state.limits().limiter(ops.rateLimit(), ops.ratePer()));
        // One set of pictures for every platform: each is drawn once, whichever platform asks first.
        Illustrations pictures = new Pictures(components.knowledge());
        List<Platform> platforms = new ArrayList<>();
        if (slack && slackSettings.mode() != SlackSettings.Mode.NONE) {
            platforms.add(new SlackPlatform(slackSettings.port(), SlackBot.create(slackSettings,
                    new ObservedAnswerer(components.answerer(), "slack", observers), components.catalog(),
                    observers.feedback(), pictures, observers.metrics(), state)));
        }
        if (discordSettings != null) {
            platforms.add(new DiscordPlatform(discordSettings,
                    new ObservedAnswerer(components.answerer(), "discord", observers), components.catalog(),
                    observers.feedback(), pictures, observers.metrics()));
        }
        return new Serving(platforms, components, ops, observers, state);
    }

    /**
     * The metrics, limits and gaps log shared by every platform of the process. A gaps log that cannot be written
     * is reported now rather than at the first unanswered question; the bot serves without it.
     */
    private static Observers observers(OpsSettings ops, KnowledgeBase kb, Metrics metrics, RateLimiter limiter) {
        GapsLog gaps = new GapsLog(ops.gapsFile(), ops.keepText(), new DomainWords(kb), ops.gapsKey(),
                Clock.systemUTC());
        gaps.problem().ifPresent(problem -> LoggerFactory.getLogger(Main.class).error(problem));
        return new Observers(metrics, limiter, gaps,
                ops.logQuestions());
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
     * Loads the knowledge and builds the core; fails with every problem named if the knowledge is broken. Lucene's
     * classes and the lexicon load on a second thread while the knowledge is read, and the passage index is built
     * there while this thread builds the entity index: start-up takes less than half the time it would in line.
     * No index is built before Lucene's warm-up has finished, since initialising Lucene's classes from two threads
     * at once can deadlock.
     */
    Components components() {
        return components(new Conversations(Conversations.CAPACITY, Conversations.TTL, Clock.systemUTC()));
    }

    /** The core, remembering conversations in this store (this process's memory, or one shared by replicas). */
    Components components(ConversationStore conversations) {
        CompletableFuture<Void> lucene = CompletableFuture.runAsync(LuceneWarmUp::run);
        CompletableFuture<Lexicon> lexicon = lucene.thenApplyAsync(ignored -> Lexicon.load());
        KnowledgeBase kb = KnowledgeLoader.load(contentDir());
        lucene.join();
        CompletableFuture<LucenePassageIndex> passages = CompletableFuture.supplyAsync(
                () -> new LucenePassageIndex(kb));
        LuceneEntityIndex entities = new LuceneEntityIndex(kb);
        CareerBot bot = new CareerBot(kb, entities, passages.join(), lexicon.join(), conversations);
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        return new Components(kb, bot, bot.catalog(), startup);
    }
}
