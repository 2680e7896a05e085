package dev.baton.compiler.analysis;

import dev.baton.compiler.predicate.ColumnReference;
import dev.baton.compiler.predicate.CompareOperator;
import dev.baton.compiler.predicate.LinkStep;
import dev.baton.compiler.predicate.Literal;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.compiler.predicate.RelativeDateKind;
import dev.baton.compiler.predicate.TextMatchKind;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.Link;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Text;
import dev.baton.model.rule.Comparison;
import dev.baton.model.rule.Condition;
import dev.baton.model.rule.Exists;
import dev.baton.model.rule.Group;
import dev.baton.model.rule.Operator;
import dev.baton.model.rule.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves a rule against an entity: every attribute, link, operator and value is checked and typed. */
final class RuleResolver {
    private final DataModel model;
    private final Diagnostics diagnostics;
    private final String activity;

    RuleResolver(DataModel model, Diagnostics diagnostics, String activity) {
        this.model = model;
        this.diagnostics = diagnostics;
        this.activity = activity;
    }

    Optional<Predicate> resolve(Condition condition, Entity entity, String path) {
        return switch (condition) {
            case Group group -> resolveGroup(group, entity, path);
            case Comparison comparison -> resolveComparison(comparison, entity, path);
            case Exists exists -> resolveExists(exists, entity, path);
        };
    }

    private Optional<Predicate> resolveGroup(Group group, Entity entity, String path) {
        List<Predicate> resolved = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < group.conditions().size(); i++) {
            Optional<Predicate> child = resolve(group.conditions().get(i), entity, path + "." + group.operator().fileName() + "[" + i + "]");
            child.ifPresent(resolved::add);
            complete &= child.isPresent();
        }
        if (!complete || resolved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (group.operator()) {
            case ALL -> resolved.size() == 1 ? resolved.getFirst() : new Predicate.And(resolved);
            case ANY -> resolved.size() == 1 ? resolved.getFirst() : new Predicate.Or(resolved);
            case EXCEPT -> {
                List<Predicate> removed = resolved.subList(1, resolved.size());
                Predicate anyRemoved = removed.size() == 1 ? removed.getFirst() : new Predicate.Or(removed);
                yield new Predicate.And(List.of(resolved.getFirst(), new Predicate.Not(anyRemoved)));
            }
        });
    }

    private Optional<Predicate> resolveExists(Exists exists, Entity entity, String path) {
        Optional<Link> link = entity.link(exists.link());
        if (link.isEmpty()) {
            diagnostics.add(DiagnosticCode.UNKNOWN_LINK, path + "." + (exists.negated() ? "notExists" : "exists"), activity,
                    "entity '" + entity.name() + "' has no link '" + Text.quoteForMessage(exists.link()) + "'; links: " + listOrNone(entity.linkNames()));
            return Optional.empty();
        }
        Entity target = model.entity(link.get().target()).orElseThrow();
        LinkStep step = new LinkStep(entity, link.get(), target);
        if (exists.where().isEmpty()) {
            return Optional.of(new Predicate.Exists(step, Optional.empty(), exists.negated()));
        }
        return resolve(exists.where().get(), target, path + ".where").map(where -> new Predicate.Exists(step, Optional.of(where), exists.negated()));
    }

    private Optional<Predicate> resolveComparison(Comparison comparison, Entity entity, String path) {
        Optional<ColumnReference> column = resolveColumn(comparison.attribute(), entity, path + ".attribute");
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Attribute attribute = column.get().attribute();
        Operator operator = comparison.operator();
        String where = path + ".operator";
        if (!applicable(operator, attribute.type())) {
            diagnostics.add(DiagnosticCode.OPERATOR_NOT_APPLICABLE, where, activity, "operator '" + operator.fileName() + "' does not apply to "
                    + attribute.type().fileName() + " attribute '" + column.get().describe() + "'; operators for " + attribute.type().fileName() + ": "
                    + String.join(", ", operatorsFor(attribute.type())));
            return Optional.empty();
        }
        String valuePath = path + ".value";
        boolean needsValue = operator != Operator.IS_EMPTY && operator != Operator.IS_NOT_EMPTY;
        if (!needsValue) {
            if (comparison.value().isPresent()) {
                diagnostics.add(DiagnosticCode.UNEXPECTED_VALUE, valuePath, activity, "operator '" + operator.fileName() + "' takes no value");
                return Optional.empty();
            }
            return Optional.of(new Predicate.IsEmpty(column.get(), operator == Operator.IS_NOT_EMPTY));
        }
        if (comparison.value().isEmpty()) {
            diagnostics.add(DiagnosticCode.MISSING_VALUE, valuePath, activity, "operator '" + operator.fileName() + "' needs a value");
            return Optional.empty();
        }
        Value value = comparison.value().get();
        ColumnReference reference = column.get();
        return switch (operator) {
            case EQUAL -> compare(reference, CompareOperator.EQUAL, value, valuePath);
            case NOT_EQUAL -> compare(reference, CompareOperator.NOT_EQUAL, value, valuePath);
            case LESS -> compare(reference, CompareOperator.LESS, value, valuePath);
            case GREATER -> compare(reference, CompareOperator.GREATER, value, valuePath);
            case LESS_OR_EQUAL -> compare(reference, CompareOperator.LESS_OR_EQUAL, value, valuePath);
            case GREATER_OR_EQUAL -> compare(reference, CompareOperator.GREATER_OR_EQUAL, value, valuePath);
            case IN -> inList(reference, value, false, valuePath);
            case NOT_IN -> inList(reference, value, true, valuePath);
            case STARTS_WITH -> textMatch(reference, TextMatchKind.STARTS_WITH, value, false, valuePath);
            case NOT_STARTS_WITH -> textMatch(reference, TextMatchKind.STARTS_WITH, value, true, valuePath);
            case CONTAINS -> textMatch(reference, TextMatchKind.CONTAINS, value, false, valuePath);
            case NOT_CONTAINS -> textMatch(reference, TextMatchKind.CONTAINS, value, true, valuePath);
            case LIKE -> textMatch(reference, TextMatchKind.LIKE, value, false, valuePath);
            case NOT_LIKE -> textMatch(reference, TextMatchKind.LIKE, value, true, valuePath);
            case IN_LAST -> relativeDate(reference, RelativeDateKind.IN_LAST, value, valuePath);
            case IN_NEXT -> relativeDate(reference, RelativeDateKind.IN_NEXT, value, valuePath);
            case MORE_THAN_AGO -> relativeDate(reference, RelativeDateKind.MORE_THAN_AGO, value, valuePath);
            case IS_EMPTY, IS_NOT_EMPTY -> throw new IllegalStateException("handled above");
        };
    }

    /** Follows {@code a.b.c}: every step but the last is a to-one link, the last an attribute. */
    Optional<ColumnReference> resolveColumn(String dotted, Entity entity, String path) {
        String[] parts = dotted.split("\\.", -1);
        List<LinkStep> steps = new ArrayList<>();
        Entity current = entity;
        for (int i = 0; i < parts.length - 1; i++) {
            Optional<Link> link = current.link(parts[i]);
            if (link.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_LINK, path, activity, "entity '" + current.name() + "' has no link '" + Text.quoteForMessage(parts[i])
                        + "' (in '" + Text.quoteForMessage(dotted) + "'); links: " + listOrNone(current.linkNames()));
                return Optional.empty();
            }
            if (!link.get().cardinality().isToOne()) {
                diagnostics.add(DiagnosticCode.TO_MANY_LINK_IN_PATH, path, activity, "link '" + link.get().name() + "' of entity '" + current.name()
                        + "' is one-to-many, so '" + Text.quoteForMessage(dotted) + "' has many values; use {exists: " + link.get().name() + ", where: …} instead");
                return Optional.empty();
            }
            Entity target = model.entity(link.get().target()).orElseThrow();
            steps.add(new LinkStep(current, link.get(), target));
            current = target;
        }
        String last = parts[parts.length - 1];
        Optional<Attribute> attribute = current.attribute(last);
        if (attribute.isEmpty()) {
            String hint = current.link(last).isPresent() ? "'" + last + "' is a link, not an attribute: name one of its attributes, as in '" + last + ".…', or use exists; " : "";
            diagnostics.add(DiagnosticCode.UNKNOWN_ATTRIBUTE, path, activity, hint + "entity '" + current.name() + "' has no attribute '" + Text.quoteForMessage(last)
                    + "'; attributes: " + String.join(", ", current.attributeNames()));
            return Optional.empty();
        }
        return Optional.of(new ColumnReference(steps, attribute.get()));
    }

    private Optional<Predicate> compare(ColumnReference column, CompareOperator operator, Value value, String path) {
        return literal(column, value, path).map(literal -> new Predicate.Compare(column, operator, literal));
    }

    private Optional<Predicate> inList(ColumnReference column, Value value, boolean negated, String path) {
        List<Value> values = value instanceof Value.ValueList list ? list.values() : List.of(value);
        if (values.isEmpty()) {
            diagnostics.add(DiagnosticCode.MISSING_VALUE, path, activity, "the list of values is empty");
            return Optional.empty();
        }
        List<Literal> literals = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            literal(column, values.get(i), value instanceof Value.ValueList ? path + "[" + i + "]" : path).ifPresent(literals::add);
        }
        return literals.size() == values.size() ? Optional.of(new Predicate.InList(column, literals, negated)) : Optional.empty();
    }

    private Optional<Predicate> textMatch(ColumnReference column, TextMatchKind kind, Value value, boolean negated, String path) {
        if (value instanceof Value.Text text) {
            return Optional.of(new Predicate.TextMatch(column, kind, text.value(), negated));
        }
        wrongValue(column, value, "a text", path);
        return Optional.empty();
    }

    private Optional<Predicate> relativeDate(ColumnReference column, RelativeDateKind kind, Value value, String path) {
        Optional<Value.Period> period = switch (value) {
            case Value.Period given -> Optional.of(given);
            case Value.Text text -> Value.Period.parse(text.value());
            case Value.Number number -> Optional.empty();
            case Value.Bool bool -> Optional.empty();
            case Value.ValueList list -> Optional.empty();
        };
        if (period.isEmpty()) {
            wrongValue(column, value, "a period such as '30 days' or {amount: 30, unit: days} (units: days, weeks, months, years)", path);
        }
        return period.map(given -> new Predicate.RelativeDate(column, kind, given));
    }

    private Optional<Literal> literal(ColumnReference column, Value value, String path) {
        Attribute attribute = column.attribute();
        Optional<Literal> literal = LiteralTyper.type(value, attribute.type());
        if (literal.isEmpty()) {
            wrongValue(column, value, LiteralTyper.expected(attribute.type()), path);
            return Optional.empty();
        }
        if (attribute.type() == AttributeType.ENUMERATION && !attribute.allowedValues().contains((String) literal.get().value())) {
            diagnostics.add(DiagnosticCode.VALUE_NOT_ALLOWED, path, activity, Value.describe(value) + " is not a value of '" + column.describe()
                    + "'; allowed: " + String.join(", ", attribute.allowedValues()));
            return Optional.empty();
        }
        return literal;
    }

    private void wrongValue(ColumnReference column, Value value, String expected, String path) {
        diagnostics.add(DiagnosticCode.WRONG_VALUE_TYPE, path, activity, Value.describe(value) + " does not fit " + column.attribute().type().fileName()
                + " attribute '" + column.describe() + "': expected " + expected);
    }

    static boolean applicable(Operator operator, AttributeType type) {
        return switch (operator) {
            case EQUAL, NOT_EQUAL, IS_EMPTY, IS_NOT_EMPTY -> true;
            case LESS, GREATER, LESS_OR_EQUAL, GREATER_OR_EQUAL -> type != AttributeType.BOOLEAN && type != AttributeType.ENUMERATION;
            case IN, NOT_IN -> type != AttributeType.BOOLEAN;
            case STARTS_WITH, NOT_STARTS_WITH, CONTAINS, NOT_CONTAINS, LIKE, NOT_LIKE -> type.isText();
            case IN_LAST, IN_NEXT, MORE_THAN_AGO -> type.isTemporal();
        };
    }

    static List<String> operatorsFor(AttributeType type) {
        return java.util.Arrays.stream(Operator.values()).filter(operator -> applicable(operator, type)).map(Operator::fileName).toList();
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
