package org.careerbot.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.careerbot.answer.Words;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;
import org.careerbot.picture.CompareContent.Chip;
import org.careerbot.picture.CompareContent.Line;
import org.careerbot.picture.CompareGeometry.Block;

/**
 * Two roles side by side: their tasks, skill profiles and tools, with what both share highlighted. The image grows
 * with the content but never beyond {@link #MAX_HEIGHT} pixels: past that, the longest tool lists are shortened.
 */
public final class ComparePicture {
    /** Tallest image drawn, in pixels: chat apps shrink taller ones until nothing is readable. */
    public static final int MAX_HEIGHT = 4000;
    private static final List<Mark> LEGEND = List.of(Mark.SHARED, Mark.CORE, Mark.SOME);
    private static final String NO_TOOLS = "not listed in the sources";
    /** Shared tools the alt text names; it counts the rest. */
    private static final int NAMED_TOOLS = 8;

    private final List<Role> roles;
    private final List<Line> tasks;
    private final List<Line> profile;
    private final List<List<Chip>> tools;
    private final String title;
    private final CompareLayout layout;

    /**
     * A comparison of two roles of the knowledge.
     *
     * @throws IllegalArgumentException if either id names no role
     */
    public ComparePicture(KnowledgeBase kb, String leftRoleId, String rightRoleId) {
        roles = Stream.of(leftRoleId, rightRoleId).map(id -> kb.role(id)
                .orElseThrow(() -> new IllegalArgumentException("no such role: " + id))).toList();
        List<Task> all = List.copyOf(kb.tasks());
        tasks = CompareContent.tasks(all, roles);
        profile = CompareContent.profile(roles);
        tools = CompareContent.tools(kb, roles);
        title = roles.get(0).name() + " vs. " + Words.lower(roles.get(1).name());
        layout = fit();
    }

    /** The picture's title, e.g. "Data scientist vs. data analyst". */
    public String title() {
        return title;
    }

    /** Where each item lies in the rendered image, in image pixels. */
    public CompareGeometry geometry() {
        return layout.geometry(roles.stream().map(Role::id).toList());
    }

    /** Draws the comparison. */
    public Picture render() {
        return layout.draw().picture(altText(), title);
    }

    /**
     * The layout with every tool or, when that would be too tall, with as many as fit (found by halving: a layout
     * only grows with more tools). Tasks and profile rows are never cut; the knowledge keeps them few.
     */
    private CompareLayout fit() {
        int most = tools.stream().mapToInt(List::size).max().orElse(0);
        CompareLayout all = layout(most);
        if (fits(all)) {
            return all;
        }
        int low = 0;
        int high = most - 1;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits(layout(mid))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return layout(low);
    }

    private static boolean fits(CompareLayout layout) {
        return layout.height() * Canvas.SCALE <= MAX_HEIGHT;
    }

    private CompareLayout layout(int toolLimit) {
        CompareLayout layout = new CompareLayout();
        layout.text(title, Type.TITLE, Palette.INK, 16);
        layout.legend(LEGEND);
        layout.header(roles.stream().map(Role::name).toList());
        layout.heading("Tasks");
        layout.lines(Block.TASKS, tasks);
        layout.heading("Skill profile");
        layout.lines(Block.PROFILE, profile);
        layout.heading("Tools");
        layout.chips(Block.TOOLS, tools.stream().map(c -> CompareContent.limit(c, toolLimit)).toList(), NO_TOOLS);
        layout.space(10);
        layout.text("Source: " + sources(), Type.SOURCE, Palette.MUTED, 0);
        return layout;
    }

    /** The comparison in words: each role's tasks, the shared ones, profiles and tools. */
    String altText() {
        List<String> names = roles.stream().map(r -> "the " + Words.lower(r.name())).toList();
        List<String> parts = new ArrayList<>();
        parts.add(Words.capital(Words.and(names)) + " side by side.");
        parts.add("Tasks: " + sides(names, tasks) + "; shared: " + shared(tasks, l -> Words.lower(l.label())) + ".");
        parts.add("Skill profile: " + profiles(names) + "; shared: "
                + shared(profile, l -> l.cells().get(0).text() + " " + Words.lower(l.label())) + ".");
        parts.add("Tools: " + tools(names) + ".");
        return String.join(" ", parts);
    }

    private static String sides(List<String> names, List<Line> lines) {
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int col = i;
            List<String> core = lines.stream().filter(l -> l.cells().get(col).mark() == Mark.CORE)
                    .map(l -> Words.lower(l.label())).toList();
            List<String> some = lines.stream().filter(l -> l.cells().get(col).mark() == Mark.SOME)
                    .map(l -> Words.lower(l.label())).toList();
            sides.add(names.get(i) + " carries out " + (core.isEmpty() ? "none of the tasks" : Words.and(core))
                    + (some.isEmpty() ? "" : " (some also do " + Words.and(some) + ")"));
        }
        return String.join("; ", sides);
    }

    private String profiles(List<String> names) {
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> words = roles.get(i).profile().stream()
                    .map(p -> p.level() + " " + Captions.area(p.area())).toList();
            sides.add(names.get(i) + (words.isEmpty() ? ": not stated" : " has " + Words.and(words)));
        }
        return String.join("; ", sides);
    }

    private static String shared(List<Line> lines, Function<Line, String> words) {
        List<String> shared = lines.stream().filter(l -> l.cells().get(0).shared()).map(words).toList();
        return shared.isEmpty() ? "none" : Words.and(shared);
    }

    /** The shared tools by name, the others only counted: the alt text must stay short enough to post. */
    private String tools(List<String> names) {
        List<String> both = tools.get(0).stream().filter(Chip::shared).map(Chip::text).toList();
        List<String> named = both.size() <= NAMED_TOOLS ? both : Stream.concat(both.stream().limit(NAMED_TOOLS),
                Stream.of((both.size() - NAMED_TOOLS) + " others")).toList();
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long own = tools.get(i).stream().filter(c -> !c.shared()).count();
            String more = both.isEmpty() ? "" : " more";
            counts.add(names.get(i) + (own == 0 ? (both.isEmpty() ? " lists none" : " no others")
                    : " lists " + own + more));
        }
        return (both.isEmpty() ? "none shared" : "both list " + Words.and(named)) + "; " + String.join(", ", counts);
    }

    /** Every citation of the facts drawn: tasks, profiles and tool groups. */
    String sources() {
        return Captions.citations(roles.stream().flatMap(r -> Stream.of(
                r.tasks().stream().map(Role.RoleTask::source),
                r.profile().stream().map(Role.ProfileEntry::source),
                r.tools().stream().map(Role.ToolGroup::source)).flatMap(s -> s)).toList());
    }
}
