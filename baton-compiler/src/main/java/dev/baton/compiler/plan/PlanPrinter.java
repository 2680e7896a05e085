package dev.baton.compiler.plan;

import dev.baton.compiler.analysis.AnalyzedActivity.FieldSource;
import dev.baton.compiler.predicate.Literal;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.datamodel.Attribute;
import java.util.List;
import java.util.stream.Collectors;

/** Prints plans as indented, stable text: one node per line, children indented by two spaces. */
public final class PlanPrinter {
    private PlanPrinter() {}

    public static String print(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (PlannedActivity activity : plan.activities()) {
            out.append(activity.analyzed().activity().id()).append(" (").append(activity.analyzed().activity().typeName()).append(") dimension=")
                    .append(activity.analyzed().dimension().name());
            if (!activity.analyzed().inputs().isEmpty()) {
                out.append(" inputs=").append(activity.analyzed().inputs().stream().map(input -> input.describe()).collect(Collectors.joining(", ")));
            }
            if (activity.stopsBranchWhenEmpty()) {
                out.append(" stops-branch-when-empty");
            }
            out.append('\n');
            for (PlannedOutput output : activity.outputs()) {
                out.append("  ").append(output.output()).append(":\n");
                print(output.rel(), 2, out);
            }
            activity.audienceContent().ifPresent(content -> {
                out.append("  saves (live runs only):\n");
                print(content, 2, out);
            });
        }
        return out.toString();
    }

    public static String print(Rel rel) {
        StringBuilder out = new StringBuilder();
        print(rel, 0, out);
        return out.toString();
    }

    private static void print(Rel rel, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        switch (rel) {
            case Rel.EntityFilter filter -> {
                out.append("EntityFilter(entity=[").append(filter.entity().name()).append("], keys=").append(RowType.keysOf(filter.entity()).names());
                if (!filter.carried().isEmpty()) {
                    out.append(", carries=").append(filter.carried().stream().map(Attribute::name).toList());
                }
                filter.predicate().ifPresent(predicate -> out.append(", condition=[").append(print(predicate)).append(']'));
                out.append(")\n");
            }
            case Rel.WorkTableScan scan -> out.append("WorkTableScan(source=[").append(scan.source().describe()).append("], columns=")
                    .append(scan.rowType().names()).append(scan.carried().isEmpty() ? "" : ", carries=" + scan.carried().stream().map(Attribute::name).toList())
                    .append(")\n");
            case Rel.SetOperation operation -> {
                out.append("SetOperation(operator=[").append(operation.operator()).append("])\n");
                operation.inputs().forEach(input -> print(input, depth + 1, out));
            }
            case Rel.ColumnReconciliation reconciliation -> {
                out.append("ColumnReconciliation(operation=[").append(reconciliation.operation().fileName()).append("], entity=[")
                        .append(reconciliation.entity().name()).append("], on=").append(reconciliation.columns().stream().map(Attribute::name).toList())
                        .append(")\n");
                reconciliation.inputs().forEach(input -> print(input, depth + 1, out));
            }
            case Rel.AudienceContent content -> {
                out.append("AudienceContent(entity=[").append(content.entity().name()).append("], fields=[");
                for (int i = 0; i < content.fields().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(content.fields().get(i).name()).append('=').append(switch (content.sources().get(i)) {
                        case FieldSource.FromAttribute attribute -> attribute.column().describe();
                        case FieldSource.FromInput input -> "input." + input.column().name();
                    });
                }
                out.append("], skip-empty=[").append(content.fields().getFirst().name()).append("]")
                        .append(content.inputCarriesAttributes() ? ", reads=[input only]" : ", reads=[input joined to " + content.entity().name() + "]").append(")\n");
                print(content.input(), depth + 1, out);
            }
            case Rel.AudienceRead read -> out.append("AudienceRead(audience=[").append(quote(read.audience().label())).append("], version=[")
                    .append(read.audience().version()).append("], entity=[").append(read.entity().name()).append("], on=[").append(read.identity().name())
                    .append(" = ").append(read.audience().identity().name()).append("], fields=").append(read.fields().stream().map(field -> field.name()).toList())
                    .append(")\n");
        }
    }

    /** A predicate as one line of text, close to how users write rules. */
    public static String print(Predicate predicate) {
        return switch (predicate) {
            case Predicate.And and -> join(and.predicates(), " AND ");
            case Predicate.Or or -> join(or.predicates(), " OR ");
            case Predicate.Not not -> "NOT (" + print(not.predicate()) + ")";
            case Predicate.Compare compare -> compare.column().describe() + " " + compare.operator().symbol() + " " + print(compare.literal());
            case Predicate.InList in -> in.column().describe() + (in.negated() ? " NOT IN (" : " IN (")
                    + in.literals().stream().map(PlanPrinter::print).collect(Collectors.joining(", ")) + ")";
            case Predicate.IsEmpty empty -> empty.column().describe() + (empty.negated() ? " IS NOT EMPTY" : " IS EMPTY");
            case Predicate.TextMatch match -> match.column().describe() + (match.negated() ? " NOT " : " ") + match.kind().name().replace('_', ' ')
                    + " " + quote(match.pattern());
            case Predicate.RelativeDate relative -> relative.column().describe() + " " + switch (relative.kind()) {
                case IN_LAST -> "IN LAST";
                case IN_NEXT -> "IN NEXT";
                case MORE_THAN_AGO -> "MORE THAN";
            } + " " + relative.period().amount() + " " + relative.period().unit().fileName() + switch (relative.kind()) {
                case IN_LAST, IN_NEXT -> "";
                case MORE_THAN_AGO -> " AGO";
            };
            case Predicate.Exists exists -> (exists.negated() ? "NOT EXISTS " : "EXISTS ") + exists.link().link().name()
                    + exists.where().map(where -> " WHERE (" + print(where) + ")").orElse("");
        };
    }

    private static String join(List<Predicate> predicates, String operator) {
        return predicates.stream().map(child -> child instanceof Predicate.And || child instanceof Predicate.Or ? "(" + print(child) + ")" : print(child))
                .collect(Collectors.joining(operator));
    }

    private static String print(Literal literal) {
        return switch (literal.type()) {
            case STRING, ENUMERATION -> quote((String) literal.value());
            case INTEGER, BOOLEAN -> literal.value().toString();
            case DECIMAL -> ((java.math.BigDecimal) literal.value()).toPlainString();
            case DATE -> "DATE " + quote(literal.value().toString());
            case TIMESTAMP -> "TIMESTAMP " + quote(literal.value().toString());
        };
    }

    private static String quote(String text) {
        return "'" + dev.baton.model.io.Text.quoteForMessage(text).replace("'", "''") + "'";
    }
}
