package dev.baton.compiler.analysis;

import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedReadAudience;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.model.campaign.ReadAudience;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.TargetDimension;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a Read audience: the audience has content, the target dimension's identity is in its namespace, the fields exist. */
final class ReadAudienceAnalyzer {
    private ReadAudienceAnalyzer() {}

    static Optional<AnalyzedReadAudience> analyze(ReadAudience activity, String path, DataModel model, AudienceCatalog catalog, Diagnostics diagnostics) {
        Optional<AudienceTable> audience = catalog.audience(activity.audience());
        if (audience.isEmpty()) {
            String known = catalog.labels().isEmpty() ? "none yet (an audience exists once a published campaign saved it)" : String.join(", ", cut(catalog.labels()));
            String why = catalog.owner(activity.audience()).map(owner -> "' has not been saved yet (campaign '" + owner.campaignId() + "' owns it; publish it first)")
                    .orElse("' is not a saved audience");
            diagnostics.add(DiagnosticCode.UNKNOWN_AUDIENCE, path + ".audience", activity.id(), "audience '" + Text.quoteForMessage(activity.audience()) + why
                    + "; saved audiences: " + known);
        }
        Optional<TargetDimension> dimension = model.targetDimensions().stream()
                .filter(candidate -> Text.normalized(candidate.name()).equals(Text.normalized(activity.dimension()))).findFirst();
        if (dimension.isEmpty()) {
            diagnostics.add(DiagnosticCode.UNKNOWN_DIMENSION, path + ".dimension", activity.id(), "unknown target dimension '" + Text.quoteForMessage(activity.dimension())
                    + "'; target dimensions: " + String.join(", ", model.targetDimensionNames()));
        }
        if (audience.isEmpty() || dimension.isEmpty()) {
            return Optional.empty();
        }
        Entity entity = model.entity(dimension.get().entity()).orElseThrow();
        Attribute identity = entity.attribute(dimension.get().identity()).orElseThrow();
        String namespace = audience.get().identityNamespace();
        if (!identity.identityNamespace().orElseThrow().equals(namespace)) {
            List<String> fitting = model.targetDimensions().stream().filter(candidate -> model.entity(candidate.entity())
                    .flatMap(owner -> owner.attribute(candidate.identity())).flatMap(Attribute::identityNamespace).map(namespace::equals).orElse(false))
                    .map(TargetDimension::name).toList();
            diagnostics.add(DiagnosticCode.INCOMPATIBLE_IDENTITY, path + ".dimension", activity.id(), "audience '" + audience.get().label() + "' holds "
                    + namespace + " identities, but '" + dimension.get().name() + "' identifies by " + identity.identityNamespace().orElseThrow()
                    + "; target dimensions in " + namespace + ": " + (fitting.isEmpty() ? "none" : String.join(", ", fitting)));
            return Optional.empty();
        }
        List<StoredField> mapped = audience.get().fields().stream().filter(field -> field.role() == StoredField.FieldRole.MAPPED).toList();
        List<StoredField> fields = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < activity.fields().size(); i++) {
            String name = activity.fields().get(i);
            Optional<StoredField> field = mapped.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
            if (field.isEmpty() || entity.primaryKey().contains(name) || fields.contains(field.get())) {
                diagnostics.add(DiagnosticCode.INVALID_AUDIENCE_FIELD, path + ".fields[" + i + "]", activity.id(), "'" + Text.quoteForMessage(name)
                        + "' is not a stored field of audience '" + audience.get().label() + "' that can be added (once, and not named like a key of "
                        + entity.name() + "); stored fields: " + (mapped.isEmpty() ? "none" : String.join(", ", mapped.stream().map(StoredField::name).toList())));
                valid = false;
            }
            else {
                fields.add(field.get());
            }
        }
        return valid ? Optional.of(new AnalyzedReadAudience(activity, entity, audience.get(), identity, fields)) : Optional.empty();
    }

    private static List<String> cut(List<String> labels) {
        return labels.size() <= 20 ? labels : labels.subList(0, 20);
    }
}
