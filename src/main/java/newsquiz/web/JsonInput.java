package newsquiz.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A JSON request body read as a tree and checked field by field, so wrong types get a clear 400. */
final class JsonInput {
    private final JsonNode root;

    private JsonInput(JsonNode root) {
        this.root = root;
    }

    static JsonInput of(Context ctx, ObjectMapper mapper) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw Problem.badRequest("The request needs a JSON object as its body.");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw Problem.badRequest("The body must be a JSON object, like {\"quizId\": \"…\"}.");
        }
        return new JsonInput(root);
    }

    boolean has(String field) {
        return root.hasNonNull(field);
    }

    String string(String field) {
        return optionalString(field).orElseThrow(() -> Problem.badRequest(field + " is missing."));
    }

    Optional<String> optionalString(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw Problem.badRequest(field + " must be a string.");
        }
        return Optional.of(node.textValue());
    }

    boolean bool(String field, boolean fallback) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw Problem.badRequest(field + " must be true or false.");
        }
        return node.booleanValue();
    }

    List<String> strings(String field, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw Problem.badRequest(field + " is missing.");
        }
        if (!node.isArray()) {
            throw Problem.badRequest(field + " must be a list of choice ids, like [\"a\"].");
        }
        if (node.size() > max) {
            throw Problem.badRequest(field + " has too many entries.");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw Problem.badRequest(field + " must be a list of choice ids, like [\"a\"].");
            }
            values.add(item.textValue());
        }
        return values;
    }
}
