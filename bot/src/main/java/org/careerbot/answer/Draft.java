package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.knowledge.Fact;

/** Collects an answer's parts while a composer writes it, citing every fact it uses. */
final class Draft {
    private final String intent;
    private final Entities entities;
    private String title = "";
    private String lead = "";
    private final List<Answer.Section> sections = new ArrayList<>();
    private Answer.Table table;
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Answer.FollowUp> followUps = new ArrayList<>();
    private String prefix = "";

    Draft(String intent, Entities entities) {
        this.intent = intent;
        this.entities = entities;
    }

    Draft title(String text) {
        this.title = text;
        return this;
    }

    /** Sets the lead; while a prefix is set (several roles in one answer), leads add up instead. */
    Draft lead(String text) {
        this.lead = prefix.isEmpty() || lead.isEmpty() ? text : lead + " " + text;
        return this;
    }

    /** Headings that follow start with this (e.g. the role's name), for answers about several entities. */
    Draft prefix(String value) {
        this.prefix = value;
        return this;
    }

    /** Adds a section; an empty one is left out, and a bullet said twice is said once. */
    Draft section(String heading, List<String> bullets) {
        List<String> distinct = bullets.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            sections.add(new Answer.Section(prefix.isEmpty() ? heading : prefix + ": " + heading, distinct));
        }
        return this;
    }

    /** Adds a section of facts, citing each. */
    Draft facts(String heading, List<Fact> facts) {
        return section(heading, facts.stream().map(this::use).toList());
    }

    Draft table(Answer.Table value) {
        this.table = value;
        return this;
    }

    /** Cites a source. */
    Draft cite(String source) {
        if (source != null && !source.isBlank()) {
            sources.add(source);
        }
        return this;
    }

    /** A fact's text (with its label, if any), citing it. */
    String use(Fact fact) {
        cite(fact.source());
        return fact.label() == null ? fact.text() : fact.label() + ": " + fact.text();
    }

    Draft followUp(String label, String question) {
        if (followUps.size() < 5 && followUps.stream().noneMatch(f -> f.question().equals(question))) {
            followUps.add(new Answer.FollowUp(label, question));
        }
        return this;
    }

    Answer build() {
        return new Answer(intent, entities, title, lead, sections, table, List.copyOf(sources), followUps);
    }
}
