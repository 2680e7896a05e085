package dev.baton.engine.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.TreeFiles;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The stored text of campaign versions: its format, and rewriting it for a duplicate. */
final class Definitions {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    // Strings stay quoted (the default), so that no text can be read back as a number, a boolean or null.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private Definitions() {}

    /** Whether a file name is one of a campaign file. */
    static boolean isCampaignFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    /** {@code json} for {@code .json} files, {@code yaml} otherwise (as {@link TreeFiles} reads them). */
    static String formatOf(String fileName) {
        return TreeFiles.isJson(fileName) ? CampaignVersion.JSON : CampaignVersion.YAML;
    }

    /** A file name of the format, for reading stored text with the reader that matches its format. */
    static String fileName(String campaignId, String format) {
        return campaignId + "." + format;
    }

    /**
     * The definition with its top-level {@code id} and {@code name} set, in the same format. The text is read as a tree
     * and written anew: comments and layout are not kept; a YAML duplicate starts with a comment saying where it came
     * from.
     */
    static String withIdAndName(CampaignVersion source, String id, String name) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<JsonNode> parsed = TreeFiles.parse(source.definition(), fileName(source.campaignId(), source.format()), diagnostics);
        if (parsed.isEmpty()) {
            throw new BatonException(ErrorCode.INTERNAL, "the stored text of campaign " + source.campaignId() + " version " + source.version()
                    + " cannot be read: " + diagnostics.toList().getFirst().describe(), diagnostics.toList());
        }
        ObjectNode original = (ObjectNode) parsed.get();
        ObjectNode copy = original.objectNode();
        // Same field order; the name goes after the id when the source had none.
        for (Map.Entry<String, JsonNode> field : original.properties()) {
            switch (field.getKey()) {
                case "id" -> {
                    copy.put("id", id);
                    if (!original.has("name")) {
                        copy.put("name", name);
                    }
                }
                case "name" -> copy.put("name", name);
                default -> copy.set(field.getKey(), field.getValue());
            }
        }
        if (!copy.has("id")) {
            copy.put("id", id);
        }
        if (!copy.has("name")) {
            copy.put("name", name);
        }
        try {
            if (CampaignVersion.JSON.equals(source.format())) {
                return JSON.writeValueAsString(copy) + "\n";
            }
            return "# Duplicated from campaign " + source.campaignId() + " version " + source.version() + ".\n" + YAML.writeValueAsString(copy);
        }
        catch (JsonProcessingException e) {
            throw new BatonException(ErrorCode.INTERNAL, "cannot write the duplicate of campaign " + source.campaignId() + ": " + e.getOriginalMessage(), e);
        }
    }
}
