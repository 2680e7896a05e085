package dev.baton.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import java.util.Optional;

/** Parses file content to a tree: JSON when the name ends in {@code .json}, YAML otherwise. */
public final class TreeFiles {
    /** Files larger than this are refused before parsing. */
    public static final int MAX_CHARACTERS = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private TreeFiles() {}

    public static boolean isJson(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /** The root object of the file, or empty with a {@code MALFORMED_FILE} diagnostic. */
    public static Optional<JsonNode> parse(String content, String fileName, Diagnostics diagnostics) {
        if (content.length() > MAX_CHARACTERS) {
            diagnostics.add(DiagnosticCode.MALFORMED_FILE, "", fileName + " is larger than " + MAX_CHARACTERS + " characters");
            return Optional.empty();
        }
        try {
            JsonNode root = (isJson(fileName) ? JSON : YAML).readTree(content);
            if (root == null || root.isMissingNode() || root.isNull()) {
                diagnostics.add(DiagnosticCode.MALFORMED_FILE, "", fileName + " is empty");
                return Optional.empty();
            }
            if (!root.isObject()) {
                diagnostics.add(DiagnosticCode.MALFORMED_FILE, "", fileName + " must hold an object (a mapping of fields) at the top, found " + Fields.kind(root));
                return Optional.empty();
            }
            return Optional.of(root);
        }
        catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            diagnostics.add(DiagnosticCode.MALFORMED_FILE, "", fileName + " is not valid " + (isJson(fileName) ? "JSON" : "YAML") + position + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
