package dev.baton.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import java.util.List;
import java.util.Optional;

/** Parses file content to a tree: JSON when the name ends in {@code .json}, YAML otherwise. */
public final class TreeFiles {
    /** Files larger than this are refused before parsing. */
    public static final int MAX_CHARACTERS = 2 * 1024 * 1024;

    // Decimals are read exactly: a double would round long values before they are typed.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    // YAML 1.1 would read yes/no/on/off as booleans: "country: NO" must stay Norway.
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

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
            diagnostics.add(DiagnosticCode.MALFORMED_FILE, "", fileName + " is not valid " + (isJson(fileName) ? "JSON" : "YAML") + position + ": " + problem(e));
            return Optional.empty();
        }
    }

    /**
     * The parser's message on one line. YAML messages span several lines and quote the file around the problem
     * ({@code in 'reader', line 3, column 13:} followed by the text and a caret); the position is reported already,
     * so only the unindented lines that say what is wrong are kept.
     */
    private static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        List<String> lines = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0))).toList();
        return Text.escapeControlCharacters(lines.isEmpty() ? message.strip() : String.join("; ", lines));
    }
}
