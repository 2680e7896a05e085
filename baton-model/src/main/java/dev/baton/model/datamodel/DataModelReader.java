package dev.baton.model.datamodel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Fields;
import dev.baton.model.io.Names;
import dev.baton.model.io.Text;
import dev.baton.model.io.TreeFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a data model file (YAML or JSON) and checks it on its own: names, types, references between entities,
 * links and target dimensions. Reports every problem at once. Whether the tables and columns exist is checked
 * against the database by the engine.
 */
public final class DataModelReader {
    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "entities", "targetDimensions");
    private static final Set<String> ENTITY_FIELDS = Set.of("name", "label", "table", "primaryKey", "attributes", "links");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("name", "label", "column", "type", "values", "identity");
    private static final Set<String> LINK_FIELDS = Set.of("name", "label", "target", "cardinality", "join");
    private static final Set<String> JOIN_FIELDS = Set.of("source", "target");
    private static final Set<String> DIMENSION_FIELDS = Set.of("name", "entity", "identity");

    private DataModelReader() {}

    public static Checked<DataModel> read(String content, String fileName) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<JsonNode> root = TreeFiles.parse(content, fileName, diagnostics);
        if (root.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        Optional<Fields> fields = Fields.of(root.get(), "", ROOT_FIELDS, diagnostics);
        if (fields.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        Optional<Integer> version = fields.get().integer("formatVersion");
        if (version.isEmpty() && !fields.get().has("formatVersion")) {
            fields.get().missing("formatVersion");
        }
        version.filter(v -> v != DataModel.FORMAT_VERSION).ifPresent(v -> diagnostics.add(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION,
                "formatVersion", "data model format version " + v + " is not supported; this Baton reads version " + DataModel.FORMAT_VERSION));

        List<Entity> entities = new ArrayList<>();
        List<JsonNode> entityNodes = fields.get().array("entities", true);
        for (int i = 0; i < entityNodes.size(); i++) {
            readEntity(entityNodes.get(i), "entities[" + i + "]", diagnostics).ifPresent(entities::add);
        }
        List<TargetDimension> dimensions = new ArrayList<>();
        List<JsonNode> dimensionNodes = fields.get().array("targetDimensions", false);
        for (int i = 0; i < dimensionNodes.size(); i++) {
            readDimension(dimensionNodes.get(i), "targetDimensions[" + i + "]", diagnostics).ifPresent(dimensions::add);
        }
        DataModel model = new DataModel(version.orElse(DataModel.FORMAT_VERSION), entities, dimensions);
        if (diagnostics.isEmpty()) {
            checkReferences(model, diagnostics);
        }
        return Checked.of(model, diagnostics);
    }

    private static Optional<Entity> readEntity(JsonNode node, String path, Diagnostics diagnostics) {
        Optional<Fields> found = Fields.of(node, path, ENTITY_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name").filter(n -> Names.checkName(n, fields, "name"));
        Optional<String> table = fields.requiredText("table").filter(t -> Names.checkPhysicalName(t, fields, "table"));
        List<String> primaryKey = fields.node("primaryKey").filter(JsonNode::isTextual).map(n -> List.of(n.textValue()))
                .orElseGet(() -> fields.texts("primaryKey", true));
        if (fields.has("primaryKey") && primaryKey.isEmpty()) {
            fields.report(DiagnosticCode.MISSING_FIELD, "primaryKey", "an entity needs a primary key of at least one attribute");
        }
        List<Attribute> attributes = new ArrayList<>();
        List<JsonNode> attributeNodes = fields.array("attributes", true);
        // Ignoring case: attributes become columns of work tables, and DuckDB matches column names ignoring case.
        Set<String> attributeNames = new HashSet<>();
        for (int i = 0; i < attributeNodes.size(); i++) {
            String attributePath = fields.path("attributes") + "[" + i + "]";
            readAttribute(attributeNodes.get(i), attributePath, diagnostics).ifPresent(attribute -> {
                if (!attributeNames.add(Text.normalized(attribute.name()))) {
                    diagnostics.add(DiagnosticCode.DUPLICATE_NAME, attributePath + ".name", "attribute '" + attribute.name() + "' is declared twice in entity '"
                            + name.orElse("?") + "' (names are compared ignoring case)");
                }
                attributes.add(attribute);
            });
        }
        List<Link> links = new ArrayList<>();
        List<JsonNode> linkNodes = fields.array("links", false);
        Set<String> linkNames = new HashSet<>();
        for (int i = 0; i < linkNodes.size(); i++) {
            String linkPath = fields.path("links") + "[" + i + "]";
            readLink(linkNodes.get(i), linkPath, diagnostics).ifPresent(link -> {
                if (!linkNames.add(link.name()) || attributeNames.contains(Text.normalized(link.name()))) {
                    diagnostics.add(DiagnosticCode.DUPLICATE_NAME, linkPath + ".name", "link '" + link.name() + "' clashes with another link or attribute of entity '" + name.orElse("?") + "'");
                }
                links.add(link);
            });
        }
        if (name.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        String label = fields.text("label").orElse(name.get());
        return Optional.of(new Entity(name.get(), label, TableName.parse(table.get()), primaryKey, attributes, links));
    }

    private static Optional<Attribute> readAttribute(JsonNode node, String path, Diagnostics diagnostics) {
        Optional<Fields> found = Fields.of(node, path, ATTRIBUTE_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name").filter(n -> Names.checkName(n, fields, "name"));
        Optional<String> typeName = fields.requiredText("type");
        Optional<AttributeType> type = typeName.flatMap(AttributeType::fromFileName);
        if (typeName.isPresent() && type.isEmpty()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "type", "unknown type '" + Text.quoteForMessage(typeName.get())
                    + "'; allowed: string, integer, decimal, boolean, date, timestamp, enum");
        }
        List<String> values = fields.texts("values", false);
        if (type.isPresent() && type.get() == AttributeType.ENUMERATION && values.isEmpty()) {
            fields.report(DiagnosticCode.MISSING_FIELD, "values", "an enum attribute needs its allowed values");
        }
        if (type.isPresent() && type.get() != AttributeType.ENUMERATION && fields.has("values")) {
            fields.report(DiagnosticCode.UNKNOWN_FIELD, "values", "only enum attributes have allowed values; this one is " + type.get().fileName());
        }
        if (new HashSet<>(values).size() != values.size()) {
            fields.report(DiagnosticCode.DUPLICATE_NAME, "values", "an allowed value is listed twice");
        }
        Optional<String> identity = fields.text("identity").filter(n -> Names.checkName(n, fields, "identity"));
        if (identity.isPresent() && type.isPresent() && !type.get().isText()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "identity", "an identity attribute must be a string, this one is " + type.get().fileName());
        }
        Optional<String> column = fields.text("column").filter(c -> Names.checkPhysicalName(c, fields, "column"));
        if (name.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attribute(name.get(), fields.text("label").orElse(name.get()), column.orElse(name.get()),
                type.get(), values, identity));
    }

    private static Optional<Link> readLink(JsonNode node, String path, Diagnostics diagnostics) {
        Optional<Fields> found = Fields.of(node, path, LINK_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name").filter(n -> Names.checkName(n, fields, "name"));
        Optional<String> target = fields.requiredText("target");
        Optional<String> cardinalityName = fields.requiredText("cardinality");
        Optional<Cardinality> cardinality = cardinalityName.flatMap(Cardinality::fromFileName);
        if (cardinalityName.isPresent() && cardinality.isEmpty()) {
            fields.report(DiagnosticCode.INVALID_OPTION, "cardinality", "unknown cardinality '"
                    + Text.quoteForMessage(cardinalityName.get()) + "'; allowed: one-to-one, many-to-one, one-to-many");
        }
        List<JoinPair> join = new ArrayList<>();
        List<JsonNode> joinNodes = fields.array("join", true);
        if (fields.has("join") && joinNodes.isEmpty()) {
            fields.report(DiagnosticCode.MISSING_FIELD, "join", "a link needs at least one pair of join attributes");
        }
        for (int i = 0; i < joinNodes.size(); i++) {
            Fields.of(joinNodes.get(i), fields.path("join") + "[" + i + "]", JOIN_FIELDS, diagnostics).ifPresent(pair -> {
                Optional<String> source = pair.requiredText("source");
                Optional<String> targetAttribute = pair.requiredText("target");
                if (source.isPresent() && targetAttribute.isPresent()) {
                    join.add(new JoinPair(source.get(), targetAttribute.get()));
                }
            });
        }
        if (name.isEmpty() || target.isEmpty() || cardinality.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(name.get(), fields.text("label").orElse(name.get()), target.get(), cardinality.get(), join));
    }

    private static Optional<TargetDimension> readDimension(JsonNode node, String path, Diagnostics diagnostics) {
        Optional<Fields> found = Fields.of(node, path, DIMENSION_FIELDS, diagnostics);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name");
        name.filter(n -> n.isBlank() || n.length() > 200).ifPresent(n -> fields.report(DiagnosticCode.INVALID_ID, "name", "a target dimension name must be 1 to 200 characters"));
        Optional<String> entity = fields.requiredText("entity");
        Optional<String> identity = fields.requiredText("identity");
        if (name.isEmpty() || entity.isEmpty() || identity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TargetDimension(name.get().strip(), entity.get(), identity.get()));
    }

    private static void checkReferences(DataModel model, Diagnostics diagnostics) {
        Set<String> entityNames = new HashSet<>();
        for (int e = 0; e < model.entities().size(); e++) {
            Entity entity = model.entities().get(e);
            String path = "entities[" + e + "]";
            if (!entityNames.add(entity.name())) {
                diagnostics.add(DiagnosticCode.DUPLICATE_NAME, path + ".name", "entity '" + entity.name() + "' is declared twice");
            }
            for (String key : entity.primaryKey()) {
                if (entity.attribute(key).isEmpty()) {
                    diagnostics.add(DiagnosticCode.UNKNOWN_REFERENCE, path + ".primaryKey", "primary key attribute '"
                            + Text.quoteForMessage(key) + "' is not an attribute of entity '" + entity.name() + "'; attributes: " + String.join(", ", entity.attributeNames()));
                }
            }
            for (int l = 0; l < entity.links().size(); l++) {
                checkLink(model, entity, entity.links().get(l), path + ".links[" + l + "]", diagnostics);
            }
        }
        Set<String> dimensionNames = new HashSet<>();
        for (int d = 0; d < model.targetDimensions().size(); d++) {
            TargetDimension dimension = model.targetDimensions().get(d);
            String path = "targetDimensions[" + d + "]";
            if (!dimensionNames.add(Text.normalized(dimension.name()))) {
                diagnostics.add(DiagnosticCode.DUPLICATE_NAME, path + ".name", "target dimension '" + Text.quoteForMessage(dimension.name()) + "' is declared twice");
            }
            Optional<Entity> entity = model.entity(dimension.entity());
            if (entity.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_REFERENCE, path + ".entity", "unknown entity '" + Text.quoteForMessage(dimension.entity()) + "'; entities: " + String.join(", ", model.entityNames()));
                continue;
            }
            Optional<Attribute> identity = entity.get().attribute(dimension.identity());
            if (identity.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_REFERENCE, path + ".identity", "entity '" + entity.get().name() + "' has no attribute '" + Text.quoteForMessage(dimension.identity()) + "'");
            }
            else if (!identity.get().isIdentity()) {
                List<String> identities = entity.get().attributes().stream().filter(Attribute::isIdentity).map(Attribute::name).toList();
                diagnostics.add(DiagnosticCode.NOT_AN_IDENTITY, path + ".identity", "attribute '" + identity.get().name() + "' of entity '" + entity.get().name()
                        + "' is not an identity attribute; identity attributes: " + (identities.isEmpty() ? "none" : String.join(", ", identities)));
            }
        }
    }

    private static void checkLink(DataModel model, Entity source, Link link, String path, Diagnostics diagnostics) {
        Optional<Entity> target = model.entity(link.target());
        if (target.isEmpty()) {
            diagnostics.add(DiagnosticCode.UNKNOWN_LINK_TARGET, path + ".target", "link '" + link.name() + "' of entity '" + source.name()
                    + "' points to unknown entity '" + Text.quoteForMessage(link.target()) + "'; entities: " + String.join(", ", model.entityNames()));
            return;
        }
        List<String> targetAttributes = new ArrayList<>();
        for (int i = 0; i < link.join().size(); i++) {
            JoinPair pair = link.join().get(i);
            Optional<Attribute> from = source.attribute(pair.sourceAttribute());
            Optional<Attribute> to = target.get().attribute(pair.targetAttribute());
            String pairPath = path + ".join[" + i + "]";
            if (from.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_REFERENCE, pairPath + ".source", "entity '" + source.name() + "' has no attribute '" + Text.quoteForMessage(pair.sourceAttribute()) + "'");
            }
            if (to.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_REFERENCE, pairPath + ".target", "entity '" + target.get().name() + "' has no attribute '" + Text.quoteForMessage(pair.targetAttribute()) + "'");
            }
            if (from.isPresent() && to.isPresent() && !comparable(from.get().type(), to.get().type())) {
                diagnostics.add(DiagnosticCode.INVALID_LINK, pairPath, "join attributes have different types: " + source.name() + "." + from.get().name()
                        + " is " + from.get().type().fileName() + ", " + target.get().name() + "." + to.get().name() + " is " + to.get().type().fileName());
            }
            targetAttributes.add(pair.targetAttribute());
        }
        if (link.cardinality().isToOne() && !link.join().isEmpty() && !Set.copyOf(targetAttributes).equals(Set.copyOf(target.get().primaryKey()))) {
            diagnostics.add(DiagnosticCode.INVALID_LINK, path + ".join", "a " + link.cardinality().fileName() + " link must join on the whole primary key of '"
                    + target.get().name() + "' (" + String.join(", ", target.get().primaryKey()) + "), so that each row has at most one linked row");
        }
    }

    private static boolean comparable(AttributeType left, AttributeType right) {
        return left == right || (left.isText() && right.isText()) || (left.isNumeric() && right.isNumeric());
    }
}
