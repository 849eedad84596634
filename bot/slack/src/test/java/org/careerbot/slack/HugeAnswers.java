package org.careerbot.slack;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;

/** Answers far bigger than the core gives, with markup in them, to prove every limit and escape holds. */
final class HugeAnswers {
    static final String MARKUP = "<!channel> & <@U999> <#C1|general> ";

    private HugeAnswers() {
    }

    static Answer huge() {
        List<Answer.Section> sections = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            List<String> bullets = new ArrayList<>();
            for (int b = 0; b < 100; b++) {
                bullets.add(MARKUP + "bullet " + b + " " + "words ".repeat(40));
            }
            sections.add(new Answer.Section("Section " + s + " " + "heading ".repeat(30), bullets));
        }
        sections.add(new Answer.Section("One giant word", List.of("x".repeat(7_000))));
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            columns.add("Role " + c + " " + MARKUP);
        }
        List<Answer.Row> rows = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                cells.add("cell & text ".repeat(300));
            }
            rows.add(new Answer.Row("Aspect " + r, cells));
        }
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sources.add("source_" + i + "_" + "f".repeat(60) + ".txt#Section " + i);
        }
        List<Answer.FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            followUps.add(new Answer.FollowUp("Label " + i + " " + "long ".repeat(40),
                    "Question " + i + " " + "long ".repeat(120)));
        }
        return new Answer(Intent.ROLE_COMPARE, Entities.NONE, "Title " + MARKUP + "t".repeat(400),
                MARKUP + "lead ".repeat(3_000), sections, new Answer.Table(columns, rows), sources, followUps);
    }
}
