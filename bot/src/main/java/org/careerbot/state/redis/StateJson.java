package org.careerbot.state.redis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;

/**
 * What the stores write to Redis: records as JSON of their components (the fields), never of their other methods,
 * and read leniently, so that a value written by an older or newer replica during a rolling deploy still reads.
 *
 * <p>An intent is stored as it always was where it is stored: a kept answer's as its contract id ({@code
 * role.tools}), a conversation's as the enum's name ({@code ROLE_TOOLS}); either form reads back, so values written
 * before or after the intent became an enum in the answer still read.
 */
final class StateJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Answer.class, AnswerIntentAsId.class)
            .registerModule(new SimpleModule().addDeserializer(Intent.class, new IntentReader()));

    private StateJson() {
    }

    static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value, or null when the bytes do not read as one (a value of another version, say). */
    static <T> T read(byte[] bytes, Class<T> type) {
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            return null;
        }
    }

    /** A kept answer's intent is written as its contract id, as replicas that kept it as a string read it. */
    private abstract static class AnswerIntentAsId {
        @JsonSerialize(using = IntentId.class)
        private Intent intent;
    }

    /** Writes an intent as its contract id. */
    private static final class IntentId extends JsonSerializer<Intent> {
        @Override
        public void serialize(Intent value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.id());
        }
    }

    /** Reads an intent from its contract id or from the enum's name, whichever a replica wrote. */
    private static final class IntentReader extends JsonDeserializer<Intent> {
        @Override
        public Intent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return Intent.of(text).or(() -> Arrays.stream(Intent.values()).filter(i -> i.name().equals(text))
                    .findFirst()).orElseThrow(() -> ctxt.weirdStringException(text, Intent.class,
                    "neither an intent's id nor its name"));
        }
    }
}
