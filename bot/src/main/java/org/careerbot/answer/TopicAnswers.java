package org.careerbot.answer;

import java.util.List;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Topic;

/** Answers that are not about one entity: organizations, the life cycle, advice, outlook, the list of roles. */
final class TopicAnswers {
    private final KnowledgeBase kb;
    private final Silence education;

    /** Each industry the sources name for some role, by the pattern that finds its name in a question. */
    private final java.util.Map<java.util.regex.Pattern, Role.Industry> industries = new java.util.LinkedHashMap<>();

    TopicAnswers(KnowledgeBase kb) {
        this.kb = kb;
        this.education = new Silence(kb);
        // an industry is named as a setting: "in healthcare", "into finance"; "which technology" names none
        kb.roles().forEach(r -> r.industries().forEach(i -> industries.putIfAbsent(java.util.regex.Pattern.compile(
                "(?i)\\b(in|into|for|within)( the)? " + java.util.regex.Pattern.quote(i.name()) + "\\b"), i)));
    }

    void organizations(Draft d) {
        Topic t = kb.topic("organizations").orElse(null);
        if (t == null) {
            d.title("Data science vs. machine learning organizations");
            return;
        }
        d.title(t.title());
        List<org.careerbot.knowledge.Fact> kinds = t.facts().stream().filter(f -> f.label() != null).limit(2)
                .toList(); // the two kinds, each in its first sentence
        d.lead(String.join(" ", kinds.stream().map(f -> Brevity.sentences(d.use(f).substring(f.label().length()
                + 2)).get(0)).toList()));
        d.facts("In more detail", t.facts());
        d.followUp("Life cycle", "How does the AI project life cycle work?");
        d.followUp("Roles", "What roles are there in an AI team?");
    }

    void lifecycle(Draft d) {
        topic(d, "lifecycle", "The AI project development life cycle", 1);
        kb.topic("lifecycle-ml").ifPresent(t -> d.facts(t.title(), t.facts()));
        d.section("The five tasks", kb.tasks().stream().map(t -> t.name() + ": " + d.use(t.summary())).toList());
        kb.topic("lifecycle-ds").ifPresent(t -> d.facts(t.title(), t.facts()));
        kb.topic("team-building").ifPresent(t -> d.facts(t.title(), t.facts()));
        d.followUp("Data engineering", "What does data engineering include?");
        d.followUp("Who does what", "Which roles do modeling?");
    }

    /** The report's word on demand: every role is in significant shortage, as of 2020. */
    String shortage(Draft d) {
        return shortageFact().map(f -> "What they do say: " + Words.lower(d.use(f))).orElse("");
    }

    /** The report's fact on demand: every role is in significant shortage, as of 2020. */
    private java.util.Optional<org.careerbot.knowledge.Fact> shortageFact() {
        return kb.topic("career-outlook").flatMap(t -> t.facts().stream().filter(f -> f.text().contains("shortage"))
                .findFirst());
    }

    /** The practical tips as one line. */
    List<String> tipLine(Draft d) {
        return kb.topic("career-tips").map(t -> List.of("Their practical tips: " + Words.and(t.facts().stream()
                .filter(f -> f.label() != null).map(f -> {
                    d.cite(f.source());
                    return f.label().toLowerCase(java.util.Locale.ROOT);
                }).toList()) + ".")).orElse(List.of());
    }

    /** The tip on building a foundation, which names courses, textbooks and tutorials. */
    String foundationTip(Draft d) {
        return kb.topic("career-tips").flatMap(t -> t.facts().stream().filter(f -> f.text().contains("course"))
                .findFirst()).map(f -> "What they do say: " + Words.lower(RoleAnswers.cite(d, f.text(),
                f.source()))).orElse("");
    }

    /** Words of a question that asks which language or technology to learn. */
    private static final java.util.regex.Pattern ASKS_TECHNOLOGY = java.util.regex.Pattern.compile(
            "(?i).*\\b(language|languages|technolog\\w*|tools?|python|programming|stack|framework\\w*)\\b.*");

    /** Words of a question that asks about degrees along with how to get in. */
    private static final java.util.regex.Pattern ASKS_DEGREE = java.util.regex.Pattern.compile(
            "(?i).*\\b(degrees?|masters?|master's|phd|ph\\.d|bachelor\\w*|b ?tech|msc|bsc|education)\\b.*");

    /** Words of a question that asks, besides how to start, whether there is a career in it at all. */
    private static final java.util.regex.Pattern ASKS_OUTLOOK = java.util.regex.Pattern.compile(
            "(?i)\\b(in demand|demand for|job market|outlook|prospects?|career be made|good career|future proof)\\b");

    /** The report's word on demand, as an answer: every role is in significant shortage, as of 2020. */
    private String demand(Draft d) {
        return shortageFact().map(f -> "On demand, the report says: " + Words.lower(Brevity.sentences(d.use(f))
                .stream().filter(x -> x.contains("shortage")).findFirst().orElse(d.use(f))
                .replaceFirst("^In fact, ", ""))).orElse("");
    }

    /** Whether a sentence of the question asks about a degree ("do I need a master's?"), not just names one. */
    private static boolean asksAboutDegrees(String question) {
        for (String sentence : question.split("(?<=[.?!])\\s+")) {
            if (ASKS_DEGREE.matcher(sentence).matches() && ASKS_NEED.matcher(sentence).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ASKS_NEED = java.util.regex.Pattern.compile(
            "(?i).*\\b(need|needed|require\\w*|necessary|worth|should|important|must|without)\\b.*");

    void tips(Draft d, List<Role> roles, List<String> skills, String question) {
        tips(d, roles, skills, question, null);
    }

    /**
     * Advice on getting in. A goal the person named writes its own lead over the general tips' (see
     * {@link GoalAnswers}); what the question asks besides (a language, a degree) still comes first.
     */
    void tips(Draft d, List<Role> roles, List<String> skills, String question, java.util.function.Consumer<Draft> goal) {
        tips(d, roles);
        if (goal != null) {
            goal.accept(d);
        }
        // what the question asks besides how to start (a language, a degree) is answered first
        List<String> asked = new java.util.ArrayList<>();
        if (ASKS_TECHNOLOGY.matcher(question).matches() && (goal == null || roles.isEmpty())) {
            asked.add(commonTools(d));
        }
        if (asksAboutDegrees(question)) {
            asked.add(education.educationKnown(d));
        }
        industryNamed(d, question).ifPresent(asked::add);
        if (ASKS_OUTLOOK.matcher(question).find()) {
            asked.add(demand(d));
        }
        for (String id : skills) {
            kb.skill(id).ifPresent(s -> {
                List<String> rated = kb.roles().stream().filter(r -> r.profile().stream()
                        .anyMatch(p -> id.equals(p.skill()) && !p.level().contains("not")))
                        .map(r -> Words.lower(r.name())).toList();
                if (!rated.isEmpty() && roles.isEmpty() && goal == null) {
                    d.lead(d.lead() + " For " + Words.lower(s.name()) + ", the roles whose skill profile names it are"
                            + " the " + Words.and(rated) + ".");
                }
            });
        }
        if (!asked.isEmpty()) {
            // a named goal is what the person came for: its lead stays first
            d.lead(goal == null ? String.join(" ", asked) + " " + d.lead() : d.lead() + " " + String.join(" ", asked));
        }
    }

    /**
     * "How do I get into data science in healthcare?": an industry the sources name for some roles, said with
     * those roles, since the sources give industries by role.
     */
    private java.util.Optional<String> industryNamed(Draft d, String question) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        // the name itself first: a plain search, far cheaper than the pattern, rules out most industries
        return industries.entrySet().stream().filter(e -> lower.contains(e.getValue().name()
                        .toLowerCase(java.util.Locale.ROOT)) && e.getKey().matcher(question).find()).findFirst()
                .map(e -> {
                    Role.Industry i = e.getValue();
                    List<String> roles = kb.roles().stream().filter(o -> o.industries().stream()
                            .anyMatch(x -> x.name().equalsIgnoreCase(i.name()))).map(o -> Words.lower(o.name()))
                            .toList();
                    d.cite(i.source());
                    return "The sources name " + i.name().toLowerCase(java.util.Locale.ROOT)
                            + " among the industries of the " + Words.and(roles) + ".";
                });
    }

    /** The tools most roles list, from the knowledge: what every learner meets first. */
    private String commonTools(Draft d) {
        java.util.Map<String, Long> counts = kb.roles().stream().flatMap(r -> r.toolIds().stream().distinct())
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        long withTools = kb.roles().stream().filter(r -> !r.toolIds().isEmpty()).count();
        kb.roles().forEach(r -> r.tools().forEach(g -> d.cite(g.source())));
        List<String> top = counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(3).map(e -> kb.name(org.careerbot.knowledge.EntityKind.TOOL, e.getKey()) + " ("
                        + e.getValue() + " of " + withTools + ")").toList();
        return "The tools most roles list are " + Words.and(top) + ".";
    }

    void tips(Draft d, List<Role> roles) {
        Topic t = kb.topic("career-tips").orElse(null);
        d.title(t == null ? "Getting started in AI" : t.title());
        if (t != null) {
            List<String> labels = t.facts().stream().filter(f -> f.label() != null)
                    .map(f -> f.label().toLowerCase(java.util.Locale.ROOT)).toList();
            List<org.careerbot.knowledge.Fact> tips = t.facts().stream().filter(f -> f.label() != null).toList();
            // the first three tips in their first sentences: what to do, said plainly
            d.lead(String.join(" ", tips.stream().limit(3).map(f -> RoleAnswers.cite(d,
                    Brevity.sentences(f.text()).get(0), f.source())).toList()));
            d.section("The tips", tips.stream().map(f -> f.label() + ": " + d.use(f).substring(f.label().length()
                    + 2)).toList());
        }
        for (Role r : roles) {
            d.facts("For the " + Words.lower(r.name()), r.skillFacts().stream()
                    .filter(f -> f.text().contains("recommend")).toList());
        }
        kb.topic("data-at-core").ifPresent(c -> d.facts("Worth knowing", c.facts().subList(0, 1)));
        d.followUp("Which role fits me", "Which role fits me if I like statistics and presenting insights?");
        d.followUp("Roles", "What roles are there in an AI team?", "role.list");
    }

    void outlook(Draft d, List<Role> roles) {
        d.title("Demand for AI roles");
        StringBuilder lead = new StringBuilder();
        shortageFact().ifPresent(f -> lead.append(d.use(f)).append(' '));
        for (Role r : roles) {
            r.outlook().forEach(f -> lead.append(d.use(f)).append(' '));
            if (r.outlook().isEmpty()) {
                lead.append("The sources give no outlook for the ").append(Words.lower(r.name()))
                        .append(" alone; here is what they say of AI roles in general. ");
            }
        }
        kb.topic("career-outlook").ifPresent(t -> d.facts("In general", t.facts().stream()
                .filter(f -> !f.text().contains("shortage")).toList()));
        d.lead(lead.toString().strip());
        d.followUp("Tips", "How do I get started in AI?");
    }

    void list(Draft d) {
        d.title("Roles of an AI team");
        List<String> base = kb.roles().stream().filter(r -> r.variantOf() == null).map(r -> Words.lower(r.name()))
                .toList();
        List<String> variants = kb.roles().stream().filter(r -> r.variantOf() != null)
                .map(r -> Words.lower(r.name())).toList();
        d.lead("The report describes " + base.size() + " technical roles: " + Words.and(base) + ". The articles add "
                + variants.size() + " deep-learning variants: " + Words.and(variants) + ".");
        d.section("Roles", kb.roles().stream().map(r -> r.name() + ": " + d.use(r.summary())).toList());
        kb.topic("roles-overview").ifPresent(t -> d.facts("About the roles", t.facts().subList(0, 1)));
        d.followUp("Compare", "What is the difference between a data scientist and a data analyst?");
        d.followUp("Which fits me", "Which role fits me if I love building reliable software?");
    }

    /** "hi", "thanks!": one friendly line, not the whole help. */
    private static final java.util.regex.Pattern SMALL_TALK = java.util.regex.Pattern.compile(
            "(?i)^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|thanks?( a lot| so much| you)?( bot)?|"
                    + "thank you( so much| very much)?|thx|ty|cheers|great|ok|okay|cool|nice|awesome)[ !.]*$");

    void help(Draft d, String text) {
        if (SMALL_TALK.matcher(text.strip()).matches()) {
            boolean thanks = text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(thank|thx|ty|cheers).*");
            d.title("Career Bot").lead(thanks ? "You're welcome! Ask me anything else about AI careers."
                    : "Hi! Ask me about AI careers, for example \"What does a data scientist do?\", or type help.");
            d.followUp("Roles", "What roles are there in an AI team?");
            return;
        }
        help(d);
    }

    void help(Draft d) {
        d.title("Career Bot");
        d.lead("I answer questions about AI careers from the Workera report \"AI Career Pathways\" and four articles, "
                + "and cite the source of every answer. Ask in your own words, for example \"What does a data "
                + "scientist do?\"");
        d.section("Roles", List.of("What does a machine learning engineer do?", "What skills does a data analyst "
                + "need?", "What tools does a deep learning engineer use?", "Other titles for a data scientist?",
                "Data scientist vs data analyst", "What roles are there in an AI team?"));
        d.section("Tasks, skills and tools", List.of("What does deployment include?", "Who does business analysis?",
                "What does the mathematics skill cover?", "Who uses Tableau?"));
        d.section("Your career", List.of("I like SQL and presenting insights: which role fits me?",
                "How do I get started in machine learning?", "Is there demand for AI roles?"));
        kb.sources().forEach(s -> d.cite(s.file()));
    }

    /** A topic's first facts as the lead, the rest as details. */
    private void topic(Draft d, String id, String fallbackTitle, int leading) {
        Topic t = kb.topic(id).orElse(null);
        d.title(t == null ? fallbackTitle : t.title());
        if (t != null && !t.facts().isEmpty()) {
            int n = Math.min(leading, t.facts().size());
            d.lead(String.join(" ", t.facts().subList(0, n).stream().map(f -> (f.label() == null ? ""
                    : f.label() + ": ") + d.use(f)).toList()));
            d.facts("In more detail", t.facts().subList(n, t.facts().size()));
        }
    }
}
