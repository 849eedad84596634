package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.knowledge.Fact;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;

/**
 * Collects an answer's parts while a composer writes it, citing every fact it uses. Building it keeps the answer
 * readable by construction: the lead is cut to its limit (the rest opens the details), no sentence is said twice,
 * and no follow-up asks what was just answered.
 */
final class Draft {
    private final Intent intent;
    private final Entities entities;
    private final SourceNames names;
    private String title = "";
    private String lead = "";
    private final List<Answer.Section> sections = new ArrayList<>();
    /** Answers to the further parts of a message: right after the lead, whatever the question's focus. */
    private final List<Answer.Section> further = new ArrayList<>();
    private Answer.Table table;
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Answer.FollowUp> followUps = new ArrayList<>();
    private String prefix = "";
    private boolean covered = true;
    private Focus focus = Focus.of("");

    Draft(Intent intent, Entities entities, SourceNames names) {
        this.intent = intent;
        this.entities = entities;
        this.names = names;
    }

    /** The question, whose words decide which details the brief answer shows first. */
    Draft focus(String question) {
        this.focus = Focus.of(question);
        return this;
    }

    Intent intent() {
        return intent;
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

    /** Puts a remark before the lead ("Your message was long: ..."). */
    Draft beforeLead(String remark) {
        this.lead = remark + " " + lead;
        return this;
    }

    String lead() {
        return lead;
    }

    /** The sources do not answer the question's main ask: the lead says what is missing. */
    Draft uncovered() {
        this.covered = false;
        return this;
    }

    /** Headings that follow start with this (e.g. the role's name), for answers about several entities. */
    Draft prefix(String value) {
        this.prefix = value;
        return this;
    }

    /** Answers a further part of the message ("... Do I need certifications?") right after the lead. */
    Draft further(String heading, String answer) {
        further.add(new Answer.Section(heading, List.of(answer)));
        return this;
    }

    /** Adds a section; an empty one is left out, and a bullet said twice is said once. */
    Draft section(String heading, List<String> bullets) {
        List<String> distinct = bullets.stream().filter(b -> b != null && !b.isBlank()).distinct().toList();
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

    /** A suggested next question; one that asks for the intent just answered is not suggested. */
    Draft followUp(String label, String question) {
        return followUp(label, question, null);
    }

    /** A suggested next question of a known intent, left out when that is the intent answered now. */
    Draft followUp(String label, String question, String askedIntent) {
        if (intent.id().equals(askedIntent)) {
            return this;
        }
        if (followUps.size() < 3 && followUps.stream().noneMatch(f -> f.question().equals(question))) {
            followUps.add(new Answer.FollowUp(label, question));
        }
        return this;
    }

    Answer build() {
        String[] fitted = Brevity.fitLead(lead);
        List<Answer.Section> all = new ArrayList<>();
        if (!fitted[1].isBlank()) { // a sentence a bullet, so that the brief answer can show the first ones
            all.add(new Answer.Section("In more detail", Brevity.sentences(fitted[1])));
        }
        all.addAll(further);
        all.addAll(focus.order(sections));
        List<Answer.Section> clean = Brevity.withoutRepeats(fitted[0], all);
        List<String> cited = List.copyOf(sources);
        return new Answer(intent, entities, title, fitted[0], clean, table, cited, followUps, covered,
                names.credits(cited));
    }
}
