package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.Role;

/**
 * Reads skill profiles as words and levels: what an area is called in a sentence ("query languages such as SQL"),
 * how high the texts' level words rank, and a statement's short form ("needs no algorithmic coding"). Comparisons
 * and recommendations both speak of profiles through it, so that they say the same thing the same way.
 */
final class Profiles {
    /** How the report's profile areas read inside a sentence; other areas read as their own words. */
    private static final Map<String, String> AREA_WORDS = Map.ofEntries(
            Map.entry("scientific", "scientific skills"),
            Map.entry("engineering", "engineering skills"),
            Map.entry("analytical", "analytical skills"),
            Map.entry("coding", "coding skills"),
            Map.entry("software-engineering", "software engineering skills"),
            Map.entry("business", "business acumen"),
            Map.entry("query-languages", "query languages such as SQL"),
            Map.entry("spreadsheets", "spreadsheet software"),
            Map.entry("algorithmic-coding", "algorithmic coding"),
            Map.entry("deep-learning", "deep learning knowledge"),
            Map.entry("communication", "communication skills"));

    /** A level the texts give no rank to: it depends on the team. */
    static final int UNRANKED = -1;

    private Profiles() {
    }

    /** The area as words inside a sentence. */
    static String area(String area) {
        return AREA_WORDS.getOrDefault(area, area.replace('-', ' ') + " skills");
    }

    /** Whether the statement says the role does not need the area ("they don't need algorithmic coding"). */
    static boolean notNeeded(Role.ProfileEntry p) {
        return lower(p.level()).contains("not");
    }

    /**
     * The level as a rank: 4 outstanding; 3 solid, accomplished, required; 2 demonstrated, commonly used, usually
     * required; 1 developing; 0 not needed; {@link #UNRANKED} where it varies among teams.
     */
    static int rank(String level) {
        String l = lower(level);
        if (l.contains("not")) {
            return 0;
        }
        if (l.contains("var")) {
            return UNRANKED;
        }
        if (l.contains("outstanding")) {
            return 4;
        }
        if (l.contains("developing")) {
            return 1;
        }
        boolean strong = l.contains("solid") || l.contains("accomplished")
                || l.contains("required") && !l.contains("usually");
        return strong ? 3 : 2;
    }

    private static final String DEMONSTRATES = "demonstrates ";

    /** The statement as a verb phrase about the role: "demonstrates solid scientific skills". */
    static String phrase(Role.ProfileEntry p) {
        return phrase(p.level(), area(p.area()));
    }

    /**
     * Statements at one level as one verb phrase ("demonstrates outstanding coding and software engineering
     * skills"), each level's statements in turn where they differ.
     */
    static String phrase(List<Role.ProfileEntry> entries) {
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        entries.forEach(p -> byLevel.computeIfAbsent(p.level(), k -> new ArrayList<>()).add(area(p.area())));
        List<String> phrases = new ArrayList<>();
        byLevel.forEach((level, areas) -> {
            String next = phrase(level, together(areas));
            int last = phrases.size() - 1;
            // "demonstrates solid analytical skills as well as business acumen", not "demonstrates ... and
            // demonstrates ..."
            if (last >= 0 && phrases.get(last).startsWith(DEMONSTRATES) && next.startsWith(DEMONSTRATES)) {
                phrases.set(last, phrases.get(last) + " as well as " + next.substring(DEMONSTRATES.length()));
            } else {
                phrases.add(next);
            }
        });
        return Words.and(phrases);
    }

    /** "coding skills" and "software engineering skills" read "coding and software engineering skills". */
    private static String together(List<String> areas) {
        boolean skills = areas.size() > 1 && areas.stream().allMatch(a -> a.endsWith(" skills"));
        return skills ? Words.and(areas.stream().map(a -> a.substring(0, a.length() - " skills".length()))
                .toList()) + " skills" : Words.and(areas);
    }

    private static String phrase(String level, String words) {
        String l = lower(level);
        if (l.contains("not")) {
            return "needs no " + words;
        }
        if (l.contains("var")) {
            return "needs " + words + " to a level that varies among teams";
        }
        if (l.contains("usually")) {
            return "usually needs " + words;
        }
        if (l.contains("required")) {
            return "requires " + words;
        }
        if (l.contains("developing")) {
            return "is developing " + words;
        }
        if (l.contains("accomplished")) {
            return "is accomplished in " + words;
        }
        if (l.contains("used")) {
            return "commonly uses " + words;
        }
        return "demonstrates " + (l.equals("demonstrated") ? "" : l + " ") + words;
    }

    /** The role's statement on an area, if its profile rates it. */
    static Optional<Role.ProfileEntry> entry(Role r, String area) {
        return r.profile().stream().filter(p -> p.area().equals(area)).findFirst();
    }

    /** The role's statements, one per area, in profile order. */
    static List<Role.ProfileEntry> entries(Role r) {
        return r.profile().stream().filter(p -> entry(r, p.area()).orElseThrow() == p).toList();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
