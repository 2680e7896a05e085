package dev.baton.compiler.analysis;

import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedBuildAudience;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.campaign.BuildAudience;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves the targeting dimension and the rule of a Build audience. */
final class BuildAudienceAnalyzer {
    private BuildAudienceAnalyzer() {}

    static Optional<AnalyzedBuildAudience> analyze(BuildAudience activity, String path, DataModel model, Diagnostics diagnostics) {
        Optional<Entity> entity = resolveDimension(activity.dimension(), model);
        if (entity.isEmpty()) {
            List<String> choices = new ArrayList<>(model.entityNames());
            choices.addAll(model.targetDimensionNames());
            diagnostics.add(DiagnosticCode.UNKNOWN_DIMENSION, path + ".dimension", activity.id(), "unknown targeting dimension '"
                    + Text.quoteForMessage(activity.dimension()) + "'; choose an entity or a target dimension: " + String.join(", ", choices));
            return Optional.empty();
        }
        if (activity.rule().isEmpty()) {
            return Optional.of(new AnalyzedBuildAudience(activity, entity.get(), Optional.empty()));
        }
        Optional<Predicate> predicate = new RuleResolver(model, diagnostics, activity.id()).resolve(activity.rule().get(), entity.get(), path + ".rule");
        return predicate.map(resolved -> new AnalyzedBuildAudience(activity, entity.get(), Optional.of(resolved)));
    }

    /** An entity name, or the name of a target dimension (then its entity). */
    static Optional<Entity> resolveDimension(String name, DataModel model) {
        return model.entity(name).or(() -> model.targetDimensions().stream()
                .filter(dimension -> Text.normalized(dimension.name()).equals(Text.normalized(name)))
                .findFirst()
                .flatMap(dimension -> model.entity(dimension.entity())));
    }
}
