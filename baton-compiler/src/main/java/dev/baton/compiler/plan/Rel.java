package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.AnalyzedActivity.FieldSource;
import dev.baton.compiler.analysis.Input;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.predicate.LinkStep;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.campaign.CombineOperation;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A relational plan node. Every node produces a population: distinct rows of its row type. */
public sealed interface Rel {
    RowType rowType();

    /**
     * The primary keys of the rows of {@code entity} that satisfy {@code predicate} (all rows when empty), followed by
     * the {@code carried} attributes (named as the attributes) that a Save audience reading the result needs, so that
     * it does not join the entity's table again.
     */
    record EntityFilter(Entity entity, Optional<Predicate> predicate, List<Attribute> carried) implements Rel {
        public EntityFilter {
            requireNonNull(entity, "entity is null");
            requireNonNull(predicate, "predicate is null");
            carried = List.copyOf(carried);
        }

        @Override
        public RowType rowType() {
            return RowType.keysOf(entity).with(carried);
        }
    }

    /**
     * The materialised output of an earlier activity (or an earlier output of the same activity). {@code carried}:
     * attributes of the dimension the table holds beyond its keys, named as the attributes (part of {@code rowType}).
     */
    record WorkTableScan(Input source, RowType rowType, List<Attribute> carried) implements Rel {
        public WorkTableScan {
            requireNonNull(source, "source is null");
            requireNonNull(rowType, "rowType is null");
            carried = List.copyOf(carried);
        }

        public WorkTableScan(Input source, RowType rowType) {
            this(source, rowType, List.of());
        }
    }

    /** A distinct set operation, applied left to right over two or more inputs of the same row type. */
    record SetOperation(SetOperator operator, List<Rel> inputs) implements Rel {
        public SetOperation {
            requireNonNull(operator, "operator is null");
            inputs = List.copyOf(inputs);
            if (inputs.size() < 2) {
                throw new IllegalArgumentException("a set operation needs two inputs or more");
            }
        }

        @Override
        public RowType rowType() {
            return inputs.getFirst().rowType();
        }
    }

    /**
     * Combine on chosen attributes instead of keys. The first input is the primary set. Union keeps one row per
     * distinct combination of values, the primary set's row first (then input order, then key); intersection keeps the
     * primary rows whose values appear in every other input; exclusion those whose values appear in none. Rows with an
     * empty value in a chosen attribute match nothing.
     */
    record ColumnReconciliation(CombineOperation operation, Entity entity, List<Attribute> columns, List<Rel> inputs) implements Rel {
        public ColumnReconciliation {
            requireNonNull(operation, "operation is null");
            requireNonNull(entity, "entity is null");
            columns = List.copyOf(columns);
            inputs = List.copyOf(inputs);
        }

        @Override
        public RowType rowType() {
            return RowType.keysOf(entity);
        }
    }

    /**
     * The content a Save audience stores: per inbound row, the profile identity, the source keys and the mapped fields
     * ({@code fields} and {@code sources} in the same order). Rows whose identity is empty are left out.
     */
    record AudienceContent(WorkTableScan input, Entity entity, List<StoredField> fields, List<FieldSource> sources) implements Rel {
        public AudienceContent {
            requireNonNull(input, "input is null");
            requireNonNull(entity, "entity is null");
            fields = List.copyOf(fields);
            sources = List.copyOf(sources);
        }

        @Override
        public RowType rowType() {
            return new RowType(fields.stream().map(field -> new Column(field.name(), field.type())).toList());
        }

        /** The attributes of the inbound rows' own entity that {@code sources} read: their own, or the first link's join columns. */
        public static Set<Attribute> rootAttributes(Entity entity, List<FieldSource> sources) {
            Set<Attribute> attributes = new LinkedHashSet<>();
            for (FieldSource source : sources) {
                switch (source) {
                    case FieldSource.FromAttribute attribute when attribute.column().path().isEmpty() -> attributes.add(attribute.column().attribute());
                    case FieldSource.FromAttribute attribute -> {
                        LinkStep first = attribute.column().path().getFirst();
                        first.link().join().forEach(pair -> attributes.add(first.source().attribute(pair.sourceAttribute()).orElseThrow()));
                    }
                    case FieldSource.FromInput input -> {
                        // A column of the inbound table itself.
                    }
                }
            }
            return attributes;
        }

        /** True when the inbound table holds every attribute the fields read: the content needs no join with the entity's table. */
        public boolean inputCarriesAttributes() {
            Set<Attribute> available = new HashSet<>(entity.primaryKeyAttributes());
            available.addAll(input.carried());
            return available.containsAll(rootAttributes(entity, sources));
        }
    }

    /**
     * The rows of {@code entity} whose {@code identity} is in the audience, each once, with the chosen stored fields
     * (from the member row with the lowest source key when several rows share a profile).
     */
    record AudienceRead(AudienceTable audience, Entity entity, Attribute identity, List<StoredField> fields) implements Rel {
        public AudienceRead {
            requireNonNull(audience, "audience is null");
            requireNonNull(entity, "entity is null");
            requireNonNull(identity, "identity is null");
            fields = List.copyOf(fields);
        }

        @Override
        public RowType rowType() {
            List<Column> columns = new ArrayList<>(RowType.keysOf(entity).columns());
            fields.forEach(field -> columns.add(new Column(field.name(), field.type())));
            return new RowType(columns);
        }
    }
}
