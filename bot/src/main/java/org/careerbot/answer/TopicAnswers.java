package org.careerbot.answer;

import java.util.List;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Topic;

/** Answers that are not about one entity: organizations, the life cycle, advice, outlook, the list of roles. */
final class TopicAnswers {
    private final KnowledgeBase kb;

    TopicAnswers(KnowledgeBase kb) {
        this.kb = kb;
    }

    void organizations(Draft d) {
        topic(d, "organizations", "Data science vs. machine learning organizations");
        d.followUp("Life cycle", "How does the AI project life cycle work?");
        d.followUp("Roles", "What roles are there in an AI team?");
    }

    void lifecycle(Draft d) {
        topic(d, "lifecycle", "The AI project development life cycle");
        d.section("The five tasks", kb.tasks().stream().map(t -> t.name() + ": " + d.use(t.summary())).toList());
        kb.topic("lifecycle-ml").ifPresent(t -> d.facts(t.title(), t.facts()));
        kb.topic("lifecycle-ds").ifPresent(t -> d.facts(t.title(), t.facts()));
        kb.topic("team-building").ifPresent(t -> d.facts(t.title(), t.facts()));
        d.followUp("Data engineering", "What does data engineering include?");
        d.followUp("Who does what", "Which roles do modeling?");
    }

    void tips(Draft d, List<Role> roles) {
        topic(d, "career-tips", "Getting started in AI");
        for (Role r : roles) {
            d.facts("For the " + Words.lower(r.name()), r.skillFacts().stream()
                    .filter(f -> f.text().contains("recommend")).toList());
        }
        kb.topic("data-at-core").ifPresent(t -> d.facts("Worth knowing", t.facts().subList(0, 1)));
        d.followUp("Which role fits me", "Which role fits me if I like statistics and presenting insights?");
        d.followUp("Roles", "What roles are there in an AI team?");
    }

    void outlook(Draft d, List<Role> roles) {
        d.title("Demand for AI roles");
        StringBuilder lead = new StringBuilder();
        for (Role r : roles) {
            r.outlook().forEach(f -> lead.append(d.use(f)).append(' '));
            if (r.outlook().isEmpty()) {
                lead.append("The sources give no outlook for the ").append(Words.lower(r.name()))
                        .append(" alone; here is what they say of AI roles in general. ");
            }
        }
        kb.topic("career-outlook").ifPresent(t -> {
            if (lead.length() == 0 && !t.facts().isEmpty()) {
                lead.append(d.use(t.facts().get(0)));
                d.facts("More", t.facts().subList(1, t.facts().size()));
            } else {
                d.facts("In general", t.facts());
            }
        });
        d.lead(lead.toString().strip());
        d.followUp("Tips", "How do I get started in AI?");
    }

    void list(Draft d) {
        d.title("Roles of an AI team");
        d.lead("The report describes six technical roles, and the articles three deep-learning variants of them:");
        d.section("Roles", kb.roles().stream().map(r -> r.name() + ": " + d.use(r.summary())).toList());
        kb.topic("roles-overview").ifPresent(t -> d.facts("About the roles", t.facts().subList(0, 1)));
        d.followUp("Compare", "What is the difference between a data scientist and a data analyst?");
        d.followUp("Which fits me", "Which role fits me if I love building reliable software?");
    }

    void help(Draft d) {
        d.title("Career Bot");
        d.lead("I answer questions about AI careers from the Workera report \"AI Career Pathways\" and four articles, "
                + "and cite the source of every answer. Ask me in your own words, for example:");
        d.section("Roles", List.of("What does a machine learning engineer do?", "What skills does a data analyst "
                + "need?", "What tools does a deep learning engineer use?", "Other titles for a data scientist?",
                "Data scientist vs data analyst", "What roles are there in an AI team?"));
        d.section("Tasks, skills and tools", List.of("What does deployment include?", "Who does business analysis?",
                "What does the mathematics skill cover?", "Who uses Tableau?"));
        d.section("Your career", List.of("I like SQL and presenting insights: which role fits me?",
                "How do I get started in machine learning?", "Is there demand for AI roles?"));
        kb.sources().forEach(s -> d.cite(s.file()));
    }

    private void topic(Draft d, String id, String fallbackTitle) {
        Topic t = kb.topic(id).orElse(null);
        d.title(t == null ? fallbackTitle : t.title());
        if (t != null && !t.facts().isEmpty()) {
            d.lead(d.use(t.facts().get(0)));
            d.facts("In more detail", t.facts().subList(1, t.facts().size()));
        }
    }
}
