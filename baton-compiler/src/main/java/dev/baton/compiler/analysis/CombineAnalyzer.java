package dev.baton.compiler.analysis;

import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedCombine;
import dev.baton.model.campaign.Combine;
import dev.baton.model.campaign.CombineOperation;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks that a Combine's inputs share one dimension, and resolves its primary set and reconciliation columns. */
final class CombineAnalyzer {
    private CombineAnalyzer() {}

    static Optional<AnalyzedCombine> analyze(Combine activity, String path, List<Input> inbound, Map<String, AnalyzedActivity> analyzed,
            boolean graphValid, Diagnostics diagnostics) {
        boolean valid = true;
        Optional<Input> primary = Optional.empty();
        boolean needsPrimary = activity.operation() == CombineOperation.EXCLUSION || !activity.reconcileOn().isEmpty();
        if (activity.primary().isPresent()) {
            String reference = activity.primary().get();
            List<Input> matches = inbound.stream().filter(input -> input.activity().equals(reference) || input.describe().equals(reference)).toList();
            if (matches.size() == 1) {
                primary = Optional.of(matches.getFirst());
            }
            else {
                diagnostics.add(DiagnosticCode.INVALID_PRIMARY_SET, path + ".primary", activity.id(), "primary set '" + Text.quoteForMessage(reference)
                        + (matches.isEmpty() ? "' is not an inbound transition of this activity" : "' is ambiguous: name the output, as in '" + matches.getFirst().describe() + "'")
                        + "; inbound: " + describe(inbound));
                valid = false;
            }
        }
        else if (needsPrimary) {
            diagnostics.add(DiagnosticCode.INVALID_PRIMARY_SET, path + ".primary", activity.id(), (activity.operation() == CombineOperation.EXCLUSION
                    ? "an exclusion" : "a reconciliation on columns") + " needs a primary set; inbound: " + describe(inbound));
            valid = false;
        }
        if (activity.complement() && activity.operation() == CombineOperation.UNION) {
            diagnostics.add(DiagnosticCode.INVALID_OPTION, path + ".complement", activity.id(), "a union has no complement; complement applies to intersection and exclusion");
            valid = false;
        }
        if (!graphValid) {
            return Optional.empty();
        }
        Set<Entity> dimensions = new LinkedHashSet<>();
        for (Input input : inbound) {
            AnalyzedActivity source = analyzed.get(input.activity());
            if (source == null) {
                return Optional.empty();
            }
            dimensions.add(source.dimension());
        }
        if (dimensions.size() > 1) {
            diagnostics.add(DiagnosticCode.INCOMPATIBLE_DIMENSIONS, path, activity.id(), "populations of different dimensions cannot be combined: "
                    + inbound.stream().map(input -> input.describe() + " is " + analyzed.get(input.activity()).dimension().name()).toList()
                    + "; change the dimension of the inputs first");
            return Optional.empty();
        }
        Entity dimension = dimensions.iterator().next();
        List<Attribute> columns = new ArrayList<>();
        for (int i = 0; i < activity.reconcileOn().size(); i++) {
            String name = activity.reconcileOn().get(i);
            Optional<Attribute> attribute = dimension.attribute(name);
            if (attribute.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_ATTRIBUTE, path + ".reconcileOn[" + i + "]", activity.id(), "entity '" + dimension.name()
                        + "' has no attribute '" + Text.quoteForMessage(name) + "'; attributes: " + String.join(", ", dimension.attributeNames()));
                valid = false;
            }
            else {
                columns.add(attribute.get());
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<Input> ordered = new ArrayList<>();
        primary.ifPresent(ordered::add);
        inbound.stream().filter(input -> !input.equals(ordered.isEmpty() ? null : ordered.getFirst())).forEach(ordered::add);
        return Optional.of(new AnalyzedCombine(activity, dimension, ordered, primary.isPresent(), columns));
    }

    private static String describe(List<Input> inbound) {
        return inbound.isEmpty() ? "none" : String.join(", ", inbound.stream().map(input -> Text.quoteForMessage(input.describe())).toList());
    }
}
