package dev.baton.compiler.analysis;

import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedSaveAudience;
import dev.baton.compiler.analysis.AnalyzedActivity.FieldSource;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.LabelOwner;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.catalog.StoredField.FieldRole;
import dev.baton.compiler.plan.Column;
import dev.baton.compiler.predicate.ColumnReference;
import dev.baton.compiler.predicate.LinkStep;
import dev.baton.model.campaign.AudienceMapping;
import dev.baton.model.campaign.SaveAudience;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.Link;
import dev.baton.model.datamodel.TargetDimension;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Names;
import dev.baton.model.io.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a Save audience: its label is free (or already this campaign's), its profile mapping is reachable from the
 * inbound dimension, and its fields resolve; then lays out the stored columns.
 */
final class SaveAudienceAnalyzer {
    private SaveAudienceAnalyzer() {}

    static Optional<AnalyzedSaveAudience> analyze(SaveAudience activity, String path, List<Input> inbound, Map<String, AnalyzedActivity> analyzed,
            boolean graphValid, DataModel model, AudienceCatalog catalog, String campaignId, Map<String, String> labelsInCampaign, Diagnostics diagnostics) {
        checkLabel(activity, path, catalog, campaignId, labelsInCampaign, diagnostics);
        if (!graphValid || inbound.size() != 1 || !analyzed.containsKey(inbound.getFirst().activity())) {
            return Optional.empty();
        }
        AnalyzedActivity source = analyzed.get(inbound.getFirst().activity());
        Entity entity = source.dimension();
        Map<TargetDimension, List<LinkStep>> compatible = compatibleDimensions(entity, model);
        Optional<TargetDimension> mapping = model.targetDimensions().stream()
                .filter(dimension -> Text.normalized(dimension.name()).equals(Text.normalized(activity.profileMapping()))).findFirst();
        String choices = compatible.isEmpty() ? "none: change the dimension of the population to one that has a target dimension"
                : String.join(", ", compatible.keySet().stream().map(TargetDimension::name).toList());
        if (mapping.isEmpty()) {
            diagnostics.add(DiagnosticCode.UNKNOWN_DIMENSION, path + ".profileMapping", activity.id(), "unknown target dimension '"
                    + Text.quoteForMessage(activity.profileMapping()) + "'; compatible with " + entity.name() + ": " + choices);
            return Optional.empty();
        }
        if (!compatible.containsKey(mapping.get())) {
            diagnostics.add(DiagnosticCode.INCOMPATIBLE_PROFILE_MAPPING, path + ".profileMapping", activity.id(), "profile mapping '" + mapping.get().name()
                    + "' (entity " + mapping.get().entity() + ") cannot be reached from the inbound dimension " + entity.name()
                    + " through many-to-one or one-to-one links; compatible: " + choices);
            return Optional.empty();
        }
        Entity mappedEntity = model.entity(mapping.get().entity()).orElseThrow();
        Attribute identity = mappedEntity.attribute(mapping.get().identity()).orElseThrow();
        List<StoredField> fields = new ArrayList<>();
        List<FieldSource> sources = new ArrayList<>();
        fields.add(new StoredField(identity.name(), identity.type(), FieldRole.IDENTITY));
        sources.add(new FieldSource.FromAttribute(new ColumnReference(compatible.get(mapping.get()), identity)));
        for (Attribute key : entity.primaryKeyAttributes()) {
            fields.add(new StoredField(entity.name() + "_" + key.name(), key.type(), FieldRole.SOURCE_KEY));
            sources.add(new FieldSource.FromAttribute(new ColumnReference(List.of(), key)));
        }
        boolean valid = addMappings(activity, path, entity, source.extraColumns(), model, fields, sources, diagnostics);
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new AnalyzedSaveAudience(activity, entity, inbound, mapping.get(), identity.identityNamespace().orElseThrow(), fields, sources,
                source.extraColumns()));
    }

    private static void checkLabel(SaveAudience activity, String path, AudienceCatalog catalog, String campaignId, Map<String, String> labelsInCampaign,
            Diagnostics diagnostics) {
        Optional<LabelOwner> owner = catalog.owner(activity.audience());
        if (owner.isPresent() && !owner.get().campaignId().equals(campaignId)) {
            diagnostics.add(DiagnosticCode.AUDIENCE_LABEL_TAKEN, path + ".audience", activity.id(), "audience label '" + Text.quoteForMessage(activity.audience())
                    + "' is owned by campaign '" + owner.get().campaignId() + "' (activity '" + owner.get().activityId() + "'); labels are unique across campaigns, choose another");
        }
        String other = labelsInCampaign.putIfAbsent(Text.normalized(activity.audience()), activity.id());
        if (other != null) {
            diagnostics.add(DiagnosticCode.AUDIENCE_LABEL_TAKEN, path + ".audience", activity.id(), "audience label '" + Text.quoteForMessage(activity.audience())
                    + "' is also saved by activity '" + other + "' of this campaign; each Save audience needs its own label");
        }
    }

    private static boolean addMappings(SaveAudience activity, String path, Entity entity, List<Column> upstream, DataModel model, List<StoredField> fields,
            List<FieldSource> sources, Diagnostics diagnostics) {
        boolean valid = true;
        Set<String> names = new HashSet<>();
        fields.forEach(field -> names.add(Text.normalized(field.name())));
        RuleResolver resolver = new RuleResolver(model, diagnostics, activity.id());
        for (int i = 0; i < activity.mappings().size(); i++) {
            AudienceMapping mapping = activity.mappings().get(i);
            String mappingPath = path + ".mappings[" + i + "]";
            if (!Names.NAME.matcher(mapping.field()).matches()) {
                diagnostics.add(DiagnosticCode.INVALID_AUDIENCE_FIELD, mappingPath + ".field", activity.id(), "'" + Text.quoteForMessage(mapping.field())
                        + "' is not a valid field name: use letters, digits and _, starting with a letter or _, at most 63 characters");
                valid = false;
                continue;
            }
            if (!names.add(Text.normalized(mapping.field()))) {
                diagnostics.add(DiagnosticCode.INVALID_AUDIENCE_FIELD, mappingPath + ".field", activity.id(), "field '" + mapping.field()
                        + "' is already in the audience (fields: " + String.join(", ", fields.stream().map(StoredField::name).toList()) + ")");
                valid = false;
                continue;
            }
            Optional<Column> column = upstream.stream().filter(candidate -> candidate.name().equals(mapping.source())).findFirst();
            if (column.isPresent()) {
                fields.add(new StoredField(mapping.field(), column.get().type(), FieldRole.MAPPED));
                sources.add(new FieldSource.FromInput(column.get()));
                continue;
            }
            Optional<ColumnReference> reference = resolver.resolveColumn(mapping.source(), entity, mappingPath + ".source");
            if (reference.isEmpty()) {
                valid = false;
                continue;
            }
            fields.add(new StoredField(mapping.field(), reference.get().attribute().type(), FieldRole.MAPPED));
            sources.add(new FieldSource.FromAttribute(reference.get()));
        }
        return valid;
    }

    /** Target dimensions on {@code entity} or reachable from it through to-one links, with the shortest path to each. */
    static Map<TargetDimension, List<LinkStep>> compatibleDimensions(Entity entity, DataModel model) {
        Map<String, List<LinkStep>> paths = new LinkedHashMap<>();
        paths.put(entity.name(), List.of());
        ArrayDeque<Entity> queue = new ArrayDeque<>(List.of(entity));
        while (!queue.isEmpty()) {
            Entity current = queue.removeFirst();
            for (Link link : current.links()) {
                if (link.cardinality().isToOne() && !paths.containsKey(link.target())) {
                    Entity target = model.entity(link.target()).orElseThrow();
                    List<LinkStep> path = new ArrayList<>(paths.get(current.name()));
                    path.add(new LinkStep(current, link, target));
                    paths.put(target.name(), List.copyOf(path));
                    queue.addLast(target);
                }
            }
        }
        Map<TargetDimension, List<LinkStep>> compatible = new LinkedHashMap<>();
        for (TargetDimension dimension : model.targetDimensions()) {
            if (paths.containsKey(dimension.entity())) {
                compatible.put(dimension, paths.get(dimension.entity()));
            }
        }
        return compatible;
    }
}
