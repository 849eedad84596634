package org.careerbot.core;

import java.util.List;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.index.EntityFinder;

/** The catalog read from the knowledge, with suggestions from the entity index. */
final class KnowledgeCatalog implements Catalog {
    private final KnowledgeBase kb;
    private final EntityFinder finder;

    KnowledgeCatalog(KnowledgeBase kb, EntityFinder finder) {
        this.kb = kb;
        this.finder = finder;
    }

    @Override
    public List<Entry> roles() {
        return entries(EntityKind.ROLE, kb.ids(EntityKind.ROLE));
    }

    @Override
    public List<Entry> tasks() {
        return entries(EntityKind.TASK, kb.ids(EntityKind.TASK));
    }

    @Override
    public List<Entry> skills() {
        return entries(EntityKind.SKILL, kb.ids(EntityKind.SKILL));
    }

    @Override
    public List<Entry> suggestRoles(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return roles().stream().limit(max).toList();
        }
        return entries(EntityKind.ROLE, finder.suggest(EntityKind.ROLE, typed, max));
    }

    private List<Entry> entries(EntityKind kind, List<String> ids) {
        return ids.stream().map(id -> new Entry(id, kb.name(kind, id))).toList();
    }
}
