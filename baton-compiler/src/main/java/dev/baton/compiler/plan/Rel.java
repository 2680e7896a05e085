package dev.baton.compiler.plan;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.Input;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.campaign.CombineOperation;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import java.util.List;
import java.util.Optional;

/** A relational plan node. Every node produces a population: distinct rows of its row type. */
public sealed interface Rel {
    RowType rowType();

    /** The primary keys of the rows of {@code entity} that satisfy {@code predicate} (all rows when empty). */
    record EntityFilter(Entity entity, Optional<Predicate> predicate) implements Rel {
        public EntityFilter {
            requireNonNull(entity, "entity is null");
            requireNonNull(predicate, "predicate is null");
        }

        @Override
        public RowType rowType() {
            return RowType.keysOf(entity);
        }
    }

    /** The materialised output of an earlier activity (or an earlier output of the same activity). */
    record WorkTableScan(Input source, RowType rowType) implements Rel {
        public WorkTableScan {
            requireNonNull(source, "source is null");
            requireNonNull(rowType, "rowType is null");
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
}
