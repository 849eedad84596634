package org.careerbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.picture.ComparePicture;
import org.careerbot.picture.MatrixPicture;
import org.careerbot.picture.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code picture}: draws pictures of the knowledge as PNG files. Only the knowledge is loaded, not the whole bot.
 * Prints the written file's path on standard output; everything else goes to standard error.
 */
@Command(name = "picture", description = "Draw pictures of the knowledge as PNG files.",
        mixinStandardHelpOptions = true, subcommands = {PictureCommand.Matrix.class, PictureCommand.Compare.class})
final class PictureCommand implements Runnable {
    /** Exit status for input the command cannot use, as picocli uses for bad usage. */
    static final int BAD_INPUT = 2;
    /** Logging starts only when something is logged: a command that logs nothing starts faster without it. */
    private static Logger log() {
        return LoggerFactory.getLogger(PictureCommand.class);
    }

    static {
        // Before AWT first loads: pictures are drawn on servers and in terminals without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: a usage error (exit 2), as picocli reports any other. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: matrix or compare");
    }

    private KnowledgeBase knowledge() {
        return KnowledgeLoader.load(main.contentDir());
    }

    /**
     * Writes a picture whole (never a truncated PNG, even on a full disk) and prints where; exit 2 if {@code --out}
     * names no file, 1 if it cannot be written.
     */
    private static int write(Picture picture, Path out) {
        if (out.toString().isBlank() || Files.isDirectory(out)) {
            System.err.println(out.toString().isBlank() ? "--out needs the name of the PNG file to write, e.g. "
                    + "--out roles.png" : "--out " + out + " is a folder: name the PNG file to write, e.g. --out "
                    + out.resolve("roles.png"));
            return BAD_INPUT;
        }
        try {
            AtomicFile.write(out, picture.png());
        } catch (IOException e) {
            System.err.println("cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        log().info("{}: {}x{} pixels, {} bytes", picture.title(), picture.width(), picture.height(),
                picture.png().length);
        System.out.println(out);
        return 0;
    }

    /** {@code picture matrix}: who does what, every role against every task. */
    @Command(name = "matrix", mixinStandardHelpOptions = true,
            description = "Draw the roles against the tasks they carry out.")
    static final class Matrix implements Callable<Integer> {
        @ParentCommand
        PictureCommand parent;

        @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
        Path out;

        @Override
        public Integer call() {
            return write(new MatrixPicture(parent.knowledge()).render(), out);
        }
    }

    /** {@code picture compare}: two roles side by side. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Draw two roles side by side: tasks, skill profile and tools.")
    static final class Compare implements Callable<Integer> {
        @ParentCommand
        PictureCommand parent;

        @Parameters(index = "0", paramLabel = "ROLE",
                description = "A role: its id (data-scientist), name or abbreviation (\"ML engineer\", DA).")
        String first;

        @Parameters(index = "1", paramLabel = "ROLE", description = "The role to compare it with.")
        String second;

        @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
        Path out;

        @Override
        public Integer call() {
            KnowledgeBase kb = parent.knowledge();
            RoleNames roles = new RoleNames(kb);
            String left = resolve(roles, first);
            String right = resolve(roles, second);
            if (left == null || right == null) {
                System.err.println("Name a role by its id, its name or an abbreviation (DA, DS, MLE): "
                        + String.join(", ", roles.described()));
                return BAD_INPUT;
            }
            if (left.equals(right)) {
                System.err.println("\"" + first + "\" and \"" + second + "\" are both the "
                        + kb.name(EntityKind.ROLE, left) + " role: name two different roles");
                return BAD_INPUT;
            }
            return write(new ComparePicture(kb, left, right).render(), out);
        }

        /** The role's id, if the text names exactly one; else null, with the reason on stderr. */
        private static String resolve(RoleNames roles, String text) {
            Set<String> found = roles.resolve(text);
            if (found.size() == 1) {
                return found.iterator().next();
            }
            System.err.println(found.isEmpty() ? "There is no role \"" + text + "\"."
                    : "\"" + text + "\" names several roles: " + String.join(", ", found) + ".");
            return null;
        }
    }
}
