package org.careerbot.slack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;

/** A stand-in core that records each question and answers as the test says (a small answer by default). */
final class ScriptedAnswerer implements Answerer {
    final List<Question> questions = new CopyOnWriteArrayList<>();
    private volatile Function<Question, Answer> answers = ScriptedAnswerer::small;

    static Answer small(Question q) {
        return new Answer(Intent.SEARCH, Entities.NONE, "Answer to " + q.text(),
                "A short answer to " + q.text() + ".",
                List.of(new Answer.Section("Details", List.of("one", "two"))), null, List.of("FILE.txt#Section"),
                List.of(new Answer.FollowUp("More", "tell me more")));
    }

    void answerWith(Function<Question, Answer> answers) {
        this.answers = answers;
    }

    /** Questions asked by users, not the help the app reads once for its Home tab. */
    List<String> asked() {
        return questions.stream().filter(q -> !q.conversationId().equals("slack:home")).map(Question::text)
                .toList();
    }

    @Override
    public Answer answer(Question question) {
        questions.add(question);
        return answers.apply(question);
    }
}
