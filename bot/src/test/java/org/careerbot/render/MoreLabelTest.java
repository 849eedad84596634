package org.careerbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerbot.answer.Brevity;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

class MoreLabelTest {
    /** An answer whose lead fills the brief answer, so every section waits for More. */
    private static Answer withRest(List<String> headings, Answer.Table table) {
        String lead = "word ".repeat(60).strip() + ".";
        List<Answer.Section> sections = headings.stream()
                .map(h -> new Answer.Section(h, List.of("detail ".repeat(Brevity.FIRST_DETAIL_WORDS + 1).strip())))
                .toList();
        return new Answer(Intent.ROLE_DEFINE, Entities.NONE, "T", lead, sections, table, List.of(), List.of());
    }

    @Test
    void namesWhatMoreBringsWhenItFits() {
        Answer.Table table = new Answer.Table(List.of("A", "B"), List.of(new Answer.Row("Tasks", List.of("x", "y"))));
        assertEquals("More: Tools · Team · side by side",
                MoreLabel.of(withRest(List.of("Tools", "Team"), table), 45));
    }

    @Test
    void leavesOutWholeHeadingsThatDoNotFitAndSaysSo() {
        Answer answer = withRest(List.of("Tools", "Team", "Education and training"), null);
        assertEquals("More: Tools · Team · …", MoreLabel.of(answer, 30));
        assertEquals("More", MoreLabel.of(answer, 10), "not even the first heading fits");
    }

    @Test
    void isJustMoreWhenTheRestHasNoHeadings() {
        assertEquals("More", MoreLabel.of(withRest(List.of(" "), null), 45));
    }
}
