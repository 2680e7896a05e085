package dev.baton.model.rule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Fields;
import dev.baton.model.io.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule tree. A node is a group ({@code all}, {@code any} or {@code except} with a list), an exists condition
 * ({@code exists} or {@code notExists} with a link name and an optional {@code where}), or a comparison
 * ({@code attribute}, {@code operator}, {@code value}).
 */
public final class RuleReader {
    private static final Set<String> GROUP_FIELDS = Set.of("all", "any", "except");
    private static final Set<String> EXISTS_FIELDS = Set.of("exists", "notExists", "where");
    private static final Set<String> COMPARISON_FIELDS = Set.of("attribute", "operator", "value");
    /** Deeper rules are refused: nobody writes them by hand, and they could exhaust the stack. */
    private static final int MAX_DEPTH = 32;

    private RuleReader() {}

    public static Optional<Condition> read(JsonNode node, String path, Diagnostics diagnostics, String activity) {
        return read(node, path, diagnostics, activity, 0);
    }

    private static Optional<Condition> read(JsonNode node, String path, Diagnostics diagnostics, String activity, int depth) {
        if (depth > MAX_DEPTH) {
            diagnostics.add(DiagnosticCode.INVALID_OPTION, path, activity, "rule is nested more than " + MAX_DEPTH + " levels deep");
            return Optional.empty();
        }
        if (!node.isObject()) {
            diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path, activity, "expected a condition object (all/any/except, exists/notExists, or attribute), found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        for (GroupOperator operator : GroupOperator.values()) {
            if (node.has(operator.fileName())) {
                return readGroup(node, operator, path, diagnostics, activity, depth);
            }
        }
        if (node.has("exists") || node.has("notExists")) {
            return readExists(node, path, diagnostics, activity, depth);
        }
        if (node.has("attribute")) {
            return readComparison(node, path, diagnostics, activity);
        }
        diagnostics.add(DiagnosticCode.MISSING_FIELD, path, activity, "a condition needs one of: all, any, except, exists, notExists, attribute");
        return Optional.empty();
    }

    private static Optional<Condition> readGroup(JsonNode node, GroupOperator operator, String path, Diagnostics diagnostics, String activity, int depth) {
        Fields fields = Fields.of(node, path, GROUP_FIELDS, diagnostics, activity).orElseThrow();
        if (GROUP_FIELDS.stream().filter(fields::has).count() > 1) {
            fields.report(DiagnosticCode.INVALID_OPTION, "", "a group has exactly one of all, any, except; nest groups to mix them");
        }
        List<JsonNode> elements = fields.array(operator.fileName(), true);
        if (elements.isEmpty()) {
            fields.report(DiagnosticCode.MISSING_VALUE, operator.fileName(), "a group needs at least one condition");
        }
        if (operator == GroupOperator.EXCEPT && elements.size() == 1) {
            fields.report(DiagnosticCode.MISSING_VALUE, operator.fileName(), "except needs the condition to keep and at least one condition to remove");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            read(elements.get(i), fields.path(operator.fileName()) + "[" + i + "]", diagnostics, activity, depth + 1).ifPresent(conditions::add);
        }
        return Optional.of(new Group(operator, conditions));
    }

    private static Optional<Condition> readExists(JsonNode node, String path, Diagnostics diagnostics, String activity, int depth) {
        Fields fields = Fields.of(node, path, EXISTS_FIELDS, diagnostics, activity).orElseThrow();
        if (fields.has("exists") && fields.has("notExists")) {
            fields.report(DiagnosticCode.INVALID_OPTION, "", "use exists or notExists, not both");
        }
        boolean negated = !fields.has("exists");
        Optional<String> link = fields.text(negated ? "notExists" : "exists");
        Optional<Condition> where = fields.node("where").flatMap(child -> read(child, fields.path("where"), diagnostics, activity, depth + 1));
        return link.map(name -> new Exists(name, negated, where));
    }

    private static Optional<Condition> readComparison(JsonNode node, String path, Diagnostics diagnostics, String activity) {
        Fields fields = Fields.of(node, path, COMPARISON_FIELDS, diagnostics, activity).orElseThrow();
        Optional<String> attribute = fields.requiredText("attribute");
        Optional<String> operatorName = fields.requiredText("operator");
        Optional<Operator> operator = operatorName.flatMap(Operator::fromFileName);
        if (operatorName.isPresent() && operator.isEmpty()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "operator", "unknown operator '" + Text.quoteForMessage(operatorName.get())
                    + "'; operators: " + String.join(", ", Operator.fileNames()));
        }
        Optional<Value> value = fields.node("value").flatMap(child -> readValue(child, fields.path("value"), diagnostics, activity, true));
        if (attribute.isEmpty() || operator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(attribute.get(), operator.get(), value));
    }

    private static Optional<Value> readValue(JsonNode node, String path, Diagnostics diagnostics, String activity, boolean listAllowed) {
        if (node.isTextual()) {
            return Optional.of(new Value.Text(node.textValue()));
        }
        if (node.isNumber()) {
            return Optional.of(new Value.Number(node.decimalValue()));
        }
        if (node.isBoolean()) {
            return Optional.of(new Value.Bool(node.booleanValue()));
        }
        if (node.isArray() && listAllowed) {
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                readValue(node.get(i), path + "[" + i + "]", diagnostics, activity, false).ifPresent(values::add);
            }
            return Optional.of(new Value.ValueList(values));
        }
        if (node.isObject() && node.has("amount")) {
            return readPeriod(node, path, diagnostics, activity);
        }
        diagnostics.add(DiagnosticCode.WRONG_FIELD_TYPE, path, activity, "expected a text, a number, true/false"
                + (listAllowed ? ", a list" : "") + " or a period such as {amount: 30, unit: days}");
        return Optional.empty();
    }

    private static Optional<Value> readPeriod(JsonNode node, String path, Diagnostics diagnostics, String activity) {
        Fields fields = Fields.of(node, path, Set.of("amount", "unit"), diagnostics, activity).orElseThrow();
        Optional<Integer> amount = fields.integer("amount");
        Optional<String> unitName = fields.requiredText("unit");
        Optional<PeriodUnit> unit = unitName.flatMap(PeriodUnit::fromFileName);
        if (unitName.isPresent() && unit.isEmpty()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "unit", "unknown unit '" + Text.quoteForMessage(unitName.get()) + "'; allowed: days, weeks, months, years");
        }
        if (amount.isPresent() && amount.get() < 0) {
            fields.report(DiagnosticCode.WRONG_VALUE_TYPE, "amount", "a period amount cannot be negative");
            return Optional.empty();
        }
        if (amount.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Value.Period(amount.get(), unit.get()));
    }
}
