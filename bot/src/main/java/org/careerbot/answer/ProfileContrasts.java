package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.Role;

/**
 * How compared roles' skill profiles differ, area by area: one rates an area higher than the other, one says it
 * does not need what the other does, or only one rates it at all. Levels that vary among teams tell no role apart.
 */
final class ProfileContrasts {
    /** A role's statement that it does not need something is the clearest contrast the profiles give. */
    static final double NEEDLESS = 6;

    private ProfileContrasts() {
    }

    /** The sharpest contrast of each profile area over every pair of roles. */
    static List<Contrast> of(List<Role> rs) {
        Map<String, Contrast> best = new LinkedHashMap<>();
        for (int i = 0; i < rs.size(); i++) {
            for (int j = i + 1; j < rs.size(); j++) {
                for (Contrast c : profiles(rs.get(i), rs.get(j))) {
                    best.merge(c.aspect(), c, (x, y) -> y.sharpness() > x.sharpness() ? y : x);
                }
            }
        }
        return List.copyOf(best.values());
    }

    private static List<Contrast> profiles(Role a, Role b) {
        List<Contrast> out = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (Role r : List.of(a, b)) {
            Profiles.entries(r).stream().map(Role.ProfileEntry::area).filter(x -> !areas.contains(x))
                    .forEach(areas::add);
        }
        Map<Role.ProfileEntry, List<Role.ProfileEntry>> lone = new LinkedHashMap<>();
        for (String area : areas) {
            Optional<Role.ProfileEntry> pa = Profiles.entry(a, area);
            Optional<Role.ProfileEntry> pb = Profiles.entry(b, area);
            if (pa.isPresent() && pb.isPresent()) {
                levels(a, pa.get(), b, pb.get()).ifPresent(out::add);
            } else {
                Role.ProfileEntry p = pa.orElseGet(pb::orElseThrow);
                // one sentence rating two areas alike ("outstanding coding and software engineering skills")
                // is one contrast, not two
                Role.ProfileEntry same = lone.keySet().stream().filter(x -> x.text().equals(p.text())
                        && x.level().equals(p.level())).findFirst().orElse(p);
                lone.computeIfAbsent(same, k -> new ArrayList<>()).add(p);
            }
        }
        lone.forEach((p, group) -> {
            Role has = Profiles.entry(a, p.area()).isPresent() ? a : b;
            lone(has, group, has == a ? b : a).ifPresent(out::add);
        });
        return out;
    }

    /** Both profiles rate the area, at different levels: the higher one is said first. */
    private static Optional<Contrast> levels(Role a, Role.ProfileEntry pa, Role b, Role.ProfileEntry pb) {
        int ra = Profiles.rank(pa.level());
        int rb = Profiles.rank(pb.level());
        if (ra == Profiles.UNRANKED || rb == Profiles.UNRANKED || ra == rb) {
            return Optional.empty();
        }
        boolean aFirst = ra > rb;
        Role hi = aFirst ? a : b;
        Role lo = aFirst ? b : a;
        Role.ProfileEntry phi = aFirst ? pa : pb;
        Role.ProfileEntry plo = aFirst ? pb : pa;
        double sharpness = Math.min(ra, rb) == 0 ? NEEDLESS : 2 + Math.abs(ra - rb);
        return Optional.of(new Contrast("profile:" + pa.area(), sharpness, "The " + name(hi) + " "
                + Profiles.phrase(phi) + "; the " + name(lo) + " " + Profiles.phrase(plo) + ".",
                List.of(phi.source(), plo.source())));
    }

    /** Only one profile rates the areas, all alike in one of its sentences. */
    private static Optional<Contrast> lone(Role has, List<Role.ProfileEntry> group, Role other) {
        Role.ProfileEntry p = group.get(0);
        int rank = Profiles.rank(p.level());
        if (rank == Profiles.UNRANKED) {
            return Optional.empty();
        }
        String sentence = "The " + name(has) + " " + Profiles.phrase(group) + (Profiles.notNeeded(p) ? "."
                : "; the " + name(other) + "'s profile does not name " + (group.size() == 1 ? "it." : "them."));
        String areas = String.join(",", group.stream().map(Role.ProfileEntry::area).toList());
        return Optional.of(new Contrast("profile:" + areas, Profiles.notNeeded(p) ? NEEDLESS : 1 + rank / 2.0,
                sentence, List.of(p.source())));
    }

    /** A profile statement that the role does not need something the other role's profile does not waive. */
    static Optional<Role.ProfileEntry> needless(Role r, Role other) {
        return Profiles.entries(r).stream().filter(Profiles::notNeeded)
                .filter(p -> Profiles.entry(other, p.area()).filter(Profiles::notNeeded).isEmpty()).findFirst();
    }

    private static String name(Role r) {
        return Words.lower(r.name());
    }
}
