package org.careerbot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerbot.model.Answer;
import org.careerbot.render.PlainTextRenderer;

/** The answer contract's JSON line for one question. */
final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlainTextRenderer text = new PlainTextRenderer();

    String line(String question, Answer a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("question", question);
        out.put("intent", a.intent().id());
        out.put("roles", a.entities().roles());
        out.put("tasks", a.entities().tasks());
        out.put("skills", a.entities().skills());
        out.put("tools", a.entities().tools());
        out.put("lead", a.lead());
        out.put("text", text.render(a));
        out.put("covered", a.covered());
        out.put("sources", a.sources());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
