package dev.baton.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one object in a file. Reports fields it does not know, missing required fields and values of the
 * wrong kind to {@link Diagnostics}, each at its path, and returns empty instead of throwing.
 */
public final class Fields {
    private final JsonNode node;
    private final String path;
    private final Diagnostics diagnostics;
    private final String activity;

    private Fields(JsonNode node, String path, Diagnostics diagnostics, String activity) {
        this.node = node;
        this.path = path;
        this.diagnostics = diagnostics;
        this.activity = activity;
    }

    /** Reads {@code node} as an object whose allowed field names are {@code allowed}; empty if it is no object. */
    public static Optional<Fields> of(JsonNode node, String path, Set<String> allowed, Diagnostics diagnostics) {
        return of(node, path, allowed, diagnostics, null);
    }

    public static Optional<Fields> of(JsonNode node, String path, Set<String> allowed, Diagnostics diagnostics, String activity) {
        if (!node.isObject()) {
            diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path, activity, "expected an object (a mapping of fields), found " + kind(node));
            return Optional.empty();
        }
        Fields fields = new Fields(node, path, diagnostics, activity);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                diagnostics.add(DiagnosticCode.UNKNOWN_FIELD, fields.path(name), activity,
                        "unknown field '" + Text.quoteForMessage(name) + "'; allowed here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return Optional.of(fields);
    }

    /** The same fields, reporting later problems against {@code activityId}. */
    public Fields forActivity(String activityId) {
        return new Fields(node, path, diagnostics, activityId);
    }

    public String path() {
        return path;
    }

    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    public Optional<JsonNode> node(String field) {
        return has(field) ? Optional.of(node.get(field)) : Optional.empty();
    }

    public Optional<JsonNode> requiredNode(String field) {
        Optional<JsonNode> value = node(field);
        if (value.isEmpty()) {
            missing(field);
        }
        return value;
    }

    public Optional<String> text(String field) {
        return node(field).flatMap(value -> {
            if (value.isTextual()) {
                return Optional.of(value.textValue());
            }
            if (value.isNumber() || value.isBoolean()) {
                return Optional.of(value.asText());
            }
            wrongType(field, "a text", value);
            return Optional.empty();
        });
    }

    public Optional<String> requiredText(String field) {
        if (!has(field)) {
            missing(field);
            return Optional.empty();
        }
        return text(field);
    }

    public Optional<Boolean> bool(String field) {
        return node(field).flatMap(value -> {
            if (value.isBoolean()) {
                return Optional.of(value.booleanValue());
            }
            wrongType(field, "true or false", value);
            return Optional.empty();
        });
    }

    public Optional<Integer> integer(String field) {
        return node(field).flatMap(value -> {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return Optional.of(value.intValue());
            }
            wrongType(field, "a whole number", value);
            return Optional.empty();
        });
    }

    /** The elements of an array field, empty when absent; a single value is not accepted in place of a list. */
    public List<JsonNode> array(String field, boolean required) {
        if (!has(field)) {
            if (required) {
                missing(field);
            }
            return List.of();
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            wrongType(field, "a list", value);
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** The texts of an array field of texts. */
    public List<String> texts(String field, boolean required) {
        List<String> result = new ArrayList<>();
        List<JsonNode> elements = array(field, required);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (element.isTextual()) {
                result.add(element.textValue());
            }
            else {
                diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path(field) + "[" + i + "]", activity, "expected a text, found " + kind(element));
            }
        }
        return result;
    }

    public void missing(String field) {
        diagnostics.add(DiagnosticCode.MISSING_FIELD, path(field), activity, "required field '" + field + "' is missing");
    }

    public void wrongType(String field, String expected, JsonNode found) {
        diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path(field), activity, "expected " + expected + ", found " + kind(found));
    }

    /** Reports a problem at a field of this object. */
    public void report(DiagnosticCode code, String field, String message) {
        diagnostics.add(code, field.isEmpty() ? path : path(field), activity, message);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING -> "the text '" + Text.quoteForMessage(node.textValue()) + "'";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL, MISSING -> "nothing";
            case BINARY -> "binary data";
        };
    }
}
