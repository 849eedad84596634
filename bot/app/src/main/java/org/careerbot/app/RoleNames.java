package org.careerbot.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/**
 * The roles a command-line argument may name: by id, name or one of the known synonyms and abbreviations, in any
 * case, with hyphens and spaces alike. Nothing is guessed: a command that draws or writes something must not act
 * on a role the user did not mean.
 */
final class RoleNames {
    private final KnowledgeBase kb;
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();

    RoleNames(KnowledgeBase kb) {
        this.kb = kb;
        for (Role role : kb.roles()) {
            add(role.id(), role.id());
            add(role.name(), role.id());
        }
        kb.synonyms().roles().forEach((id, names) -> names.forEach(name -> add(name, id)));
    }

    private void add(String name, String id) {
        if (kb.role(id).isPresent()) {
            ids.computeIfAbsent(key(name), k -> new TreeSet<>()).add(id);
        }
    }

    /** The ids of the roles this text names exactly: none, one, or several for a name that roles share. */
    Set<String> resolve(String text) {
        return ids.getOrDefault(key(text), Set.of());
    }

    /** Every role as "id (Name)", for messages that say what can be named. */
    List<String> described() {
        return kb.roles().stream().map(r -> r.id() + " (" + r.name() + ")").toList();
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ").strip();
    }
}
