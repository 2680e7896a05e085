package dev.baton.model.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Fields;
import dev.baton.model.io.Names;
import dev.baton.model.io.Text;
import dev.baton.model.io.TreeFiles;
import dev.baton.model.rule.Condition;
import dev.baton.model.rule.RuleReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a campaign file, YAML or JSON. Checks the form of the file (fields, types, ids, option values) and reports
 * every problem at once; the graph and the data model are checked by the compiler.
 */
public final class CampaignReader {
    /** Labels and names longer than this are refused: they are shown on one line and stored. */
    public static final int MAX_LABEL_LENGTH = 500;

    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "id", "name", "description", "activities", "transitions");
    private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "label");
    private static final Set<String> BUILD_AUDIENCE_FIELDS = with(COMMON_FIELDS, "dimension", "rule", "outboundWhenEmpty");
    private static final Set<String> COMBINE_FIELDS = with(COMMON_FIELDS, "operation", "primary", "reconcileOn", "complement");
    private static final Set<String> SAVE_AUDIENCE_FIELDS = with(COMMON_FIELDS, "audience", "profileMapping", "mappings", "outbound");
    private static final Set<String> READ_AUDIENCE_FIELDS = with(COMMON_FIELDS, "audience", "dimension", "fields");
    private static final Set<String> MAPPING_FIELDS = Set.of("source", "field");
    private static final Set<String> TRANSITION_FIELDS = Set.of("from", "output", "to", "label");
    private static final List<String> TYPES = List.of(BuildAudience.TYPE, Combine.TYPE, SaveAudience.TYPE, ReadAudience.TYPE);

    private CampaignReader() {}

    public static Checked<Campaign> read(String content, String fileName) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<JsonNode> root = TreeFiles.parse(content, fileName, diagnostics);
        if (root.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        Optional<Fields> found = Fields.of(root.get(), "", ROOT_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        Fields fields = found.get();
        Optional<Integer> version = fields.integer("formatVersion");
        if (!fields.has("formatVersion")) {
            fields.missing("formatVersion");
        }
        version.filter(v -> v != Campaign.FORMAT_VERSION).ifPresent(v -> fields.report(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion",
                "campaign format version " + v + " is not supported; this Baton reads version " + Campaign.FORMAT_VERSION));
        Optional<String> id = fields.requiredText("id").filter(value -> checkId(value, Names.CAMPAIGN_ID, fields, "id", "campaign"));
        Optional<String> name = fields.text("name").filter(value -> checkLabel(value, fields, "name"));
        Optional<String> description = fields.text("description");

        List<Activity> activities = new ArrayList<>();
        List<JsonNode> activityNodes = fields.array("activities", true);
        for (int i = 0; i < activityNodes.size(); i++) {
            readActivity(activityNodes.get(i), "activities[" + i + "]", diagnostics).ifPresent(activities::add);
        }
        List<Transition> transitions = new ArrayList<>();
        List<JsonNode> transitionNodes = fields.array("transitions", false);
        for (int i = 0; i < transitionNodes.size(); i++) {
            readTransition(transitionNodes.get(i), "transitions[" + i + "]", diagnostics).ifPresent(transitions::add);
        }
        if (id.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        return Checked.of(new Campaign(version.orElse(Campaign.FORMAT_VERSION), id.get(), name.orElse(id.get()), description.orElse(""),
                activities, transitions), diagnostics);
    }

    private static Optional<Activity> readActivity(JsonNode node, String path, Diagnostics diagnostics) {
        if (!node.isObject()) {
            diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path, "expected an activity object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        String activityId = node.path("id").isTextual() ? node.path("id").textValue() : null;
        String type = node.path("type").isTextual() ? node.path("type").textValue() : null;
        Set<String> allowed = switch (type == null ? "" : type) {
            case BuildAudience.TYPE -> BUILD_AUDIENCE_FIELDS;
            case Combine.TYPE -> COMBINE_FIELDS;
            case SaveAudience.TYPE -> SAVE_AUDIENCE_FIELDS;
            case ReadAudience.TYPE -> READ_AUDIENCE_FIELDS;
            default -> null;
        };
        if (allowed == null) {
            if (type == null) {
                diagnostics.add(DiagnosticCode.MISSING_FIELD, path + ".type", activityId, "required field 'type' is missing; types: " + String.join(", ", TYPES));
            }
            else {
                diagnostics.add(DiagnosticCode.UNKNOWN_ACTIVITY_TYPE, path + ".type", activityId,
                        "unknown activity type '" + Text.quoteForMessage(type) + "'; types: " + String.join(", ", TYPES));
            }
            return Optional.empty();
        }
        Fields fields = Fields.of(node, path, allowed, diagnostics, activityId).orElseThrow();
        Optional<String> id = fields.requiredText("id").filter(value -> checkId(value, Names.ACTIVITY_ID, fields, "id", "activity"));
        Optional<String> label = fields.text("label").filter(value -> checkLabel(value, fields, "label"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String labelOrId = label.orElse(id.get());
        return switch (type) {
            case BuildAudience.TYPE -> readBuildAudience(fields, id.get(), labelOrId);
            case Combine.TYPE -> readCombine(fields, id.get(), labelOrId);
            case SaveAudience.TYPE -> readSaveAudience(fields, id.get(), labelOrId);
            case ReadAudience.TYPE -> readReadAudience(fields, id.get(), labelOrId);
            default -> throw new IllegalStateException("type checked above: " + type);
        };
    }

    private static Optional<Activity> readBuildAudience(Fields fields, String id, String label) {
        Optional<String> dimension = fields.requiredText("dimension");
        Optional<Condition> rule = fields.node("rule").flatMap(node -> RuleReader.read(node, fields.path("rule"), fields.diagnostics(), id));
        boolean outboundWhenEmpty = fields.bool("outboundWhenEmpty").orElse(false);
        return dimension.map(value -> new BuildAudience(id, label, value, rule, outboundWhenEmpty));
    }

    private static Optional<Activity> readCombine(Fields fields, String id, String label) {
        Optional<String> operationName = fields.requiredText("operation");
        Optional<CombineOperation> operation = operationName.flatMap(CombineOperation::fromFileName);
        if (operationName.isPresent() && operation.isEmpty()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "operation", "unknown operation '" + Text.quoteForMessage(operationName.get())
                    + "'; allowed: union, intersection, exclusion");
        }
        Optional<String> primary = fields.text("primary");
        List<String> reconcileOn = fields.texts("reconcileOn", false);
        boolean complement = fields.bool("complement").orElse(false);
        return operation.map(value -> new Combine(id, label, value, primary, reconcileOn, complement));
    }

    private static Optional<Activity> readSaveAudience(Fields fields, String id, String label) {
        Optional<String> audience = fields.requiredText("audience").filter(value -> checkLabel(value, fields, "audience"));
        Optional<String> profileMapping = fields.requiredText("profileMapping");
        List<AudienceMapping> mappings = new ArrayList<>();
        List<JsonNode> nodes = fields.array("mappings", false);
        for (int i = 0; i < nodes.size(); i++) {
            Fields.of(nodes.get(i), fields.path("mappings") + "[" + i + "]", MAPPING_FIELDS, fields.diagnostics(), id).ifPresent(mapping -> {
                Optional<String> source = mapping.requiredText("source");
                Optional<String> field = mapping.requiredText("field");
                if (source.isPresent() && field.isPresent()) {
                    mappings.add(new AudienceMapping(source.get(), field.get()));
                }
            });
        }
        boolean outbound = fields.bool("outbound").orElse(false);
        if (audience.isEmpty() || profileMapping.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SaveAudience(id, label, audience.get().strip(), profileMapping.get(), mappings, outbound));
    }

    private static Optional<Activity> readReadAudience(Fields fields, String id, String label) {
        Optional<String> audience = fields.requiredText("audience");
        Optional<String> dimension = fields.requiredText("dimension");
        List<String> stored = fields.texts("fields", false);
        if (audience.isEmpty() || dimension.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadAudience(id, label, audience.get(), dimension.get(), stored));
    }

    private static Optional<Transition> readTransition(JsonNode node, String path, Diagnostics diagnostics) {
        Optional<Fields> found = Fields.of(node, path, TRANSITION_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> from = fields.requiredText("from");
        Optional<String> to = fields.requiredText("to");
        String output = fields.text("output").orElse(Ports.OUT);
        Optional<String> label = fields.text("label").filter(value -> checkLabel(value, fields, "label"));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Transition(from.get(), output, to.get(), label));
    }

    private static boolean checkId(String value, java.util.regex.Pattern pattern, Fields fields, String field, String what) {
        if (pattern.matcher(value).matches()) {
            return true;
        }
        fields.report(DiagnosticCode.INVALID_ID, field, "'" + Text.quoteForMessage(value) + "' is not a valid " + what
                + " id: use lowercase letters, digits, - and _, starting with a letter (at most " + (what.equals("activity") ? 40 : 64) + " characters)");
        return false;
    }

    private static boolean checkLabel(String value, Fields fields, String field) {
        if (!value.isBlank() && value.length() <= MAX_LABEL_LENGTH) {
            return true;
        }
        fields.report(DiagnosticCode.INVALID_OPTION, field, "a " + field + " must have 1 to " + MAX_LABEL_LENGTH + " characters, this one has " + value.length());
        return false;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> result = new java.util.HashSet<>(base);
        result.addAll(List.of(more));
        return Set.copyOf(result);
    }
}
