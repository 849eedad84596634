package org.careerbot.answer;

import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.Role;
import org.careerbot.model.Answer;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.api.Test;

/** Comparisons over the real knowledge: the key difference first, only what differs by default, honest cells. */
class CompareAnswersTest {
    private static final KnowledgeBase KB = KnowledgeLoader.loadBuiltIn();

    private static Answer compare(String... ids) {
        Draft d = new Draft(Intent.ROLE_COMPARE, Entities.NONE, new SourceNames(KB));
        new CompareAnswers(KB, new RoleAnswers(KB)).compare(d, List.of(ids).stream()
                .map(id -> KB.role(id).orElseThrow()).toList());
        return d.build();
    }

    private static Answer compareAsked(String question, String... ids) {
        Draft d = new Draft(Intent.ROLE_COMPARE, Entities.NONE, new SourceNames(KB));
        new CompareAnswers(KB, new RoleAnswers(KB)).compare(d, List.of(ids).stream()
                .map(id -> KB.role(id).orElseThrow()).toList(), question);
        return d.build();
    }

    private static List<Role[]> pairs() {
        List<Role> all = List.copyOf(KB.roles());
        List<Role[]> out = new ArrayList<>();
        for (Role a : all) {
            for (Role b : all) {
                if (a != b) {
                    out.add(new Role[] {a, b});
                }
            }
        }
        return out;
    }

    private static String name(Role r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static String task(String id) {
        return KB.task(id).orElseThrow().name().toLowerCase(Locale.ROOT);
    }

    @Test
    void everyPairOfRolesLeadsWithWhatTellsThemApart() {
        for (Role[] p : pairs()) {
            Answer a = compare(p[0].id(), p[1].id());
            String lead = a.lead().toLowerCase(Locale.ROOT);
            List<String> differing = new ArrayList<>();
            p[0].coreTasks().stream().filter(t -> !p[1].coreTasks().contains(t)).forEach(differing::add);
            p[1].coreTasks().stream().filter(t -> !p[0].coreTasks().contains(t)).forEach(differing::add);
            for (String t : differing) {
                assertTrue(lead.contains(task(t)), p[0].id() + " vs " + p[1].id() + ": " + a.lead());
            }
            if (differing.isEmpty()) {
                assertTrue(Brevity.sentences(a.lead()).size() >= 2 && (lead.contains("the " + name(p[0]))
                        || lead.contains("the " + name(p[1]))), "roles sharing their tasks: " + a.lead());
            }
        }
    }

    @Test
    void everyLeadFitsAsComposedWithoutSpillingIntoTheDetails() {
        for (Role[] p : pairs()) {
            Answer a = compare(p[0].id(), p[1].id());
            assertTrue(Brevity.words(a.lead()) <= Brevity.LEAD_WORDS, a.lead());
            assertTrue(a.sections().stream().noneMatch(s -> s.heading().equals("In more detail")), a.lead());
        }
    }

    @Test
    void leadsOfThreeRolesOrAllNineFitWithoutBeingCut() {
        List<Role> all = List.copyOf(KB.roles());
        List<List<Role>> groups = new ArrayList<>(List.of(all));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (int k = j + 1; k < all.size(); k++) {
                    groups.add(List.of(all.get(i), all.get(j), all.get(k)));
                }
            }
        }
        for (List<Role> g : groups) {
            Answer a = compare(g.stream().map(Role::id).toArray(String[]::new));
            assertFalse(a.lead().contains("…"), a.lead());
            assertTrue(a.sections().stream().noneMatch(s -> s.heading().equals("In more detail")), a.lead());
            assertEquals(g.size(), a.table().columns().size());
        }
    }

    @Test
    void theBriefAnswerShowsNoUnstatedAspectOrEmptyCell() {
        for (Role[] p : pairs()) {
            String text = new PlainTextRenderer().render(compare(p[0].id(), p[1].id()));
            String brief = text.substring(0, text.contains("\nMore (type more)") ? text.indexOf("\nMore (type more)")
                    : text.length());
            assertFalse(brief.contains("not stated"), brief);
            assertFalse(brief.contains(": -"), brief);
            assertFalse(brief.contains("Some also do"), brief);
        }
    }

    @Test
    void theTableKeepsTheFullSideBySideButNoAspectTheSourcesStateForNoRole() {
        Answer a = compare("deep-learning-researcher", "deep-learning-engineer");
        List<String> aspects = a.table().rows().stream().map(Answer.Row::aspect).toList();
        assertTrue(aspects.containsAll(List.of("Tasks", "Skill profile", "Code", "Tools", "Education", "Outlook")),
                aspects.toString());
        for (Answer.Row row : a.table().rows()) {
            assertTrue(row.cells().stream().anyMatch(c -> !c.equals(CompareTable.UNSTATED)), row.aspect());
        }
        Answer analysts = compare("data-scientist", "data-analyst");
        assertTrue(analysts.table().rows().stream().noneMatch(r -> r.aspect().equals("Education")));
    }

    @Test
    void aRoleIsOnlyDescribedByItsOwnSentences() {
        for (Role[] p : pairs()) {
            Answer a = compare(p[0].id(), p[1].id());
            for (Answer.Row row : a.table().rows()) {
                if (row.aspect().equals("Code")) {
                    for (int i = 0; i < 2; i++) {
                        String expected = String.join(" ", p[i].codeStyle().stream().map(Fact::text).toList());
                        assertEquals(expected.isEmpty() ? CompareTable.UNSTATED : expected, row.cells().get(i));
                    }
                }
            }
            assertFalse(new PlainTextRenderer().render(a).contains("contrast it with"));
        }
    }

    @Test
    void theDataScientistsOwnColumnSaysNothingBorrowedFromAnotherRolesArticle() {
        Answer a = compare("data-scientist", "data-analyst");
        assertTrue(a.sources().stream().allMatch(s -> s.startsWith("002_")), a.sources().toString());
        assertTrue(a.table().rows().stream().noneMatch(r -> r.aspect().equals("Code")));
    }

    @Test
    void noRoleListsItsOwnNameAmongItsOtherTitles() {
        for (Role[] p : pairs()) {
            Answer a = compare(p[0].id(), p[1].id());
            Answer.Row titles = a.table().rows().stream().filter(r -> r.aspect().equals("Other titles")).findFirst()
                    .orElseThrow();
            for (int i = 0; i < 2; i++) {
                String own = name(p[i]).replaceAll("[^a-z]", "");
                for (String t : titles.cells().get(i).split(",| and ")) {
                    assertFalse(t.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(own), titles.cells()
                            .get(i));
                }
            }
        }
    }

    @Test
    void theLeadSaysWhatOneDoesThatTheOtherDoesNotAndWhatItDoesNotNeed() {
        Answer a = compare("data-scientist", "data-analyst");
        assertTrue(a.lead().startsWith("The data scientist also does modeling; the data analyst does not, and needs "
                + "no algorithmic coding."), a.lead());
        assertTrue(a.sources().contains("002_4766a7e2123826a9.txt#Data Analyst"), a.sources().toString());
    }

    @Test
    void educationBothRolesStateIsContrastedInTheLead() {
        Answer a = compare("deep-learning-engineer", "software-engineer-machine-learning");
        assertTrue(a.lead().contains("Master's or Ph.D.") && a.lead().contains("Bachelor's"), a.lead());
        assertTrue(a.sources().contains("004_955694f24f5fc927.txt#Educational Backgrounds"));
    }

    @Test
    void threeRolesGetWhoDoesWhatAndAColumnEach() {
        Answer a = compare("data-scientist", "data-analyst", "machine-learning-engineer");
        String lead = a.lead().toLowerCase(Locale.ROOT);
        assertTrue(lead.contains("only the machine learning engineer does deployment"), a.lead());
        assertTrue(lead.contains("the data analyst does no modeling"), a.lead());
        assertEquals(3, a.table().columns().size());
        assertTrue(a.table().rows().stream().allMatch(r -> r.cells().size() == 3));
    }

    @Test
    void rolesSharingEveryTaskAreToldApartByTheirProfiles() {
        Answer a = compare("machine-learning-researcher", "deep-learning-researcher");
        assertTrue(a.lead().startsWith("A variant of machine learning researcher is called deep learning researcher."
                + " Both carry out data engineering and modeling."), a.lead());
        assertTrue(a.lead().contains("deep learning researcher requires deep learning knowledge"), a.lead());
        assertTrue(a.sections().stream().noneMatch(s -> s.heading().equals("Tasks")), "no task list said twice");
    }

    @Test
    void aRoleWhereOnlySomeTakeOnTheTaskIsSaidToBeSo() {
        Answer a = compare("deep-learning-engineer", "deep-learning-researcher");
        assertTrue(a.lead().contains("the deep learning researcher does not, though some in the role do"),
                a.lead());
    }

    @Test
    void anAspectAskedAboutComesFirstAndSaysWhereTheSourcesAreSilent() {
        Answer a = compareAsked("MLE or DS: which writes more production code?", "machine-learning-engineer",
                "data-scientist");
        Answer.Section first = a.sections().get(0);
        assertEquals("Code", first.heading());
        assertEquals(List.of("The sources don't say what code the machine learning engineer writes.",
                "The sources don't say what code the data scientist writes."), first.bullets());
        assertTrue(a.lead().contains("production"), a.lead());
    }

    @Test
    void anAspectAskedAboutIsSaidBeforeTheOtherDetails() {
        Answer plain = compare("deep-learning-researcher", "deep-learning-engineer");
        Answer asked = compareAsked("DL researcher or DL engineer: who writes production code?",
                "deep-learning-researcher", "deep-learning-engineer");
        assertNotEquals("Code", plain.sections().get(0).heading());
        assertEquals("Code", asked.sections().get(0).heading());
        assertTrue(asked.brief().sections().get(0).bullets().get(0).contains("prototyping code"));
    }

    @Test
    void aComparisonOfOneRoleAsksForTheOther() {
        Answer a = compare("data-analyst");
        assertTrue(a.lead().contains("Name a second role"), a.lead());
        assertEquals(null, a.table());
    }
}
