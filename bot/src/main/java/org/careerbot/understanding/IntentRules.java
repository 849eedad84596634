package org.careerbot.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.answer.Entities;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;

/**
 * Picks the intent from what a question is about (its entities) and what it asks of them (weighted cue phrases).
 * The subject decides the family (a role, a task, a skill, a tool, or none); the cues decide the aspect. Where
 * neither is clear the question goes to search, or out of scope when nothing in it belongs to the domain.
 */
final class IntentRules {
    /** Role aspects in the order that breaks ties. */
    private static final Map<String, Intent> ROLE_ASPECTS = new LinkedHashMap<>();
    private static final List<String> TOPICS = List.of("help", "org.types", "lifecycle", "career.tips",
            "career.outlook", "role.list");
    private static final float SEARCH_SCORE = 4.0f;

    static {
        ROLE_ASPECTS.put("titles", Intent.ROLE_TITLES);
        ROLE_ASPECTS.put("education", Intent.ROLE_EDUCATION);
        ROLE_ASPECTS.put("industries", Intent.ROLE_INDUSTRIES);
        ROLE_ASPECTS.put("tools", Intent.ROLE_TOOLS);
        ROLE_ASPECTS.put("team", Intent.ROLE_TEAM);
        ROLE_ASPECTS.put("skills", Intent.ROLE_SKILLS);
        ROLE_ASPECTS.put("tasks", Intent.ROLE_TASKS);
    }

    private final Lexicon lexicon;
    private final PassageSearch passages;

    IntentRules(Lexicon lexicon, PassageSearch passages) {
        this.lexicon = lexicon;
        this.passages = passages;
    }

    Understanding decide(Understanding u) {
        List<String> w = u.words();
        Entities e = u.entities();
        if (w.isEmpty()) {
            return u.withIntent(Intent.HELP, 1);
        }
        if (lexicon.topic("role.recommend", w) >= 3 && e.roles().size() != 1) {
            return u.withIntent(Intent.ROLE_RECOMMEND, 0.9);
        }
        if (!e.roles().isEmpty() || !u.ambiguous().isEmpty()) {
            return role(u, w, e);
        }
        Topic topic = topic(w);
        if (!e.tasks().isEmpty()) {
            return task(u, w, topic);
        }
        if (!e.skills().isEmpty()) {
            return skill(u, w, topic);
        }
        if (!e.tools().isEmpty()) {
            return topic.score >= 3 ? u.withIntent(topic.intent, 0.8) : u.withIntent(Intent.TOOL_ROLES, 0.9);
        }
        return none(u, w, topic);
    }

    private Understanding role(Understanding u, List<String> w, Entities e) {
        int compare = lexicon.aspect("compare", w);
        Map.Entry<Intent, Integer> best = bestRoleAspect(w);
        int roleCount = e.roles().size() + u.ambiguous().size();
        if (roleCount >= 2 && (compare >= 1 || best.getValue() < 3)) {
            return u.withIntent(Intent.ROLE_COMPARE, compare >= 3 ? 0.95 : 0.8);
        }
        if (lexicon.topic("career.outlook", w) >= 3 && best.getValue() < 3) {
            return u.withIntent(Intent.CAREER_OUTLOOK, 0.85);
        }
        if (lexicon.topic("career.tips", w) >= 3 && best.getValue() < 3) {
            return u.withIntent(Intent.CAREER_TIPS, 0.85);
        }
        if (best.getValue() >= 2) {
            return u.withIntent(best.getKey(), best.getValue() >= 3 ? 0.95 : 0.75);
        }
        if (lexicon.unsupported(w) >= 2) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.ROLE_DEFINE, lexicon.aspect("define", w) >= 1 ? 0.9 : 0.7);
    }

    private Map.Entry<Intent, Integer> bestRoleAspect(List<String> w) {
        Map.Entry<Intent, Integer> best = Map.entry(Intent.ROLE_DEFINE, 0);
        for (Map.Entry<String, Intent> aspect : ROLE_ASPECTS.entrySet()) {
            int score = lexicon.aspect(aspect.getKey(), w);
            if (score > best.getValue()) {
                best = Map.entry(aspect.getValue(), score);
            }
        }
        return best;
    }

    private Understanding task(Understanding u, List<String> w, Topic topic) {
        int roles = lexicon.aspect("roles", w);
        int skills = Math.max(lexicon.aspect("skills", w), lexicon.aspect("tools", w) - 1);
        int subtasks = lexicon.aspect("subtasks", w);
        int define = lexicon.aspect("define", w);
        int best = Math.max(Math.max(roles, skills), Math.max(subtasks, define));
        if (topic.score >= 3 && topic.score > best + 1) {
            return u.withIntent(topic.intent, 0.75);
        }
        if (roles >= 2 && roles >= skills && roles >= subtasks) {
            return u.withIntent(Intent.TASK_ROLES, 0.9);
        }
        if (skills >= 2 && skills >= subtasks) {
            return u.withIntent(Intent.TASK_SKILLS, 0.9);
        }
        if (subtasks >= 2) {
            return u.withIntent(Intent.TASK_SUBTASKS, 0.9);
        }
        if (lexicon.why(w) >= 3) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.TASK_DEFINE, define >= 1 ? 0.9 : 0.7);
    }

    private Understanding skill(Understanding u, List<String> w, Topic topic) {
        if (topic.score >= 3) {
            return u.withIntent(topic.intent, 0.8);
        }
        if (lexicon.aspect("roles", w) >= 2) {
            return u.withIntent(Intent.SKILL_ROLES, 0.9);
        }
        if (lexicon.why(w) >= 3) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.SKILL_DEFINE, 0.8);
    }

    private Understanding none(Understanding u, List<String> w, Topic topic) {
        if (!u.areas().isEmpty() && lexicon.aspect("roles", w) >= 2 && lexicon.aspect("skills", w) >= 3) {
            return u.withIntent(Intent.SKILL_ROLES, 0.8);
        }
        if (topic.score >= 2) {
            return u.withIntent(topic.intent, topic.score >= 3 ? 0.9 : 0.6);
        }
        List<Passage> found = passages.search(u.text(), 1);
        boolean domain = w.stream().anyMatch(lexicon::inDomain);
        if (domain && !found.isEmpty() && found.get(0).score() >= SEARCH_SCORE) {
            return u.withIntent(Intent.SEARCH, 0.5);
        }
        return u.withIntent(Intent.OUT_OF_SCOPE, domain ? 0.5 : 0.9);
    }

    private Topic topic(List<String> w) {
        Topic best = new Topic(Intent.SEARCH, 0);
        for (String name : TOPICS) {
            int score = lexicon.topic(name, w);
            if (score > best.score) {
                best = new Topic(Intent.of(name).orElseThrow(), score);
            }
        }
        return best;
    }

    private record Topic(Intent intent, int score) {
    }
}
