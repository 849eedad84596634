package org.careerbot.picture;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Content directories for tests: a built-in role copied, with some of its parts changed. */
public final class Content {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private Content() {
    }

    /** The built-in JSON of a role. */
    public static ObjectNode role(String id) {
        try (InputStream in = Content.class.getClassLoader().getResourceAsStream("knowledge/roles.json")) {
            for (JsonNode role : JSON.readTree(in)) {
                if (role.get("id").asText().equals(id)) {
                    return (ObjectNode) role.deepCopy();
                }
            }
            throw new IllegalArgumentException("no built-in role " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A role whose tasks are replaced: each task id with its scope ({@code core} or {@code some}), cited as the
     * role's first task was.
     */
    public static ObjectNode withTasks(ObjectNode role, Map<String, String> scopes) {
        String source = role.get("tasks").get(0).get("source").asText();
        ArrayNode tasks = role.putArray("tasks");
        scopes.forEach((task, scope) -> tasks.addObject().put("task", task).put("scope", scope)
                .put("text", "Changed for a test.").put("source", source));
        return role;
    }

    /** Writes a content directory's file: an array of the entries given. */
    public static Path write(Path dir, String file, JsonNode... entries) {
        try {
            ArrayNode array = JSON.createArrayNode();
            for (JsonNode entry : entries) {
                array.add(entry);
            }
            return Files.writeString(dir.resolve(file), JSON.writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object from a map, for small entries such as tools. */
    public static JsonNode object(Map<String, String> fields) {
        return JSON.valueToTree(fields);
    }
}
