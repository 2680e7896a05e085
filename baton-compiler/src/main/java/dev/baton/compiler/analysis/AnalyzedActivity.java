package dev.baton.compiler.analysis;

import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.plan.Column;
import dev.baton.compiler.predicate.ColumnReference;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.campaign.Activity;
import dev.baton.model.campaign.BuildAudience;
import dev.baton.model.campaign.Combine;
import dev.baton.model.campaign.ReadAudience;
import dev.baton.model.campaign.SaveAudience;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.TargetDimension;
import dev.baton.model.datamodel.Entity;
import java.util.List;
import java.util.Optional;

/** An activity after validation: its resolved dimension (the entity of its outputs), inputs and options. */
public sealed interface AnalyzedActivity {
    Activity activity();

    /** The entity whose rows the outputs hold. */
    Entity dimension();

    /** Inbound transitions, in the order the activity reads them. */
    List<Input> inputs();

    /** Columns the main output carries beyond the dimension's keys (fields read from an audience). */
    default List<Column> extraColumns() {
        return List.of();
    }

    record AnalyzedBuildAudience(BuildAudience activity, Entity dimension, Optional<Predicate> predicate) implements AnalyzedActivity {
        @Override
        public List<Input> inputs() {
            return List.of();
        }
    }

    /** {@code inputs} start with the primary set when there is one. */
    record AnalyzedCombine(Combine activity, Entity dimension, List<Input> inputs, boolean hasPrimary, List<Attribute> reconcileOn)
            implements AnalyzedActivity {
        public AnalyzedCombine {
            inputs = List.copyOf(inputs);
            reconcileOn = List.copyOf(reconcileOn);
        }
    }

    /**
     * @param identity the profile identity, reached from the inbound dimension through to-one links
     * @param fields every stored column, identity first, then the source keys, then the mapped fields
     * @param sources what each field holds, in the order of {@code fields}
     */
    record AnalyzedSaveAudience(SaveAudience activity, Entity dimension, List<Input> inputs, TargetDimension profileMapping, String identityNamespace,
            List<StoredField> fields, List<FieldSource> sources, List<Column> extraColumns) implements AnalyzedActivity {
        public AnalyzedSaveAudience {
            inputs = List.copyOf(inputs);
            fields = List.copyOf(fields);
            sources = List.copyOf(sources);
            extraColumns = List.copyOf(extraColumns);
        }
    }

    /** Where a stored field's value comes from: an attribute (possibly linked) or a column of the inbound work table. */
    sealed interface FieldSource {
        record FromAttribute(ColumnReference column) implements FieldSource {}

        record FromInput(Column column) implements FieldSource {}
    }

    /**
     * @param identity the attribute of {@code dimension} joined to the audience's identity
     * @param fields stored fields carried as extra columns
     */
    record AnalyzedReadAudience(ReadAudience activity, Entity dimension, AudienceTable audience, Attribute identity, List<StoredField> fields)
            implements AnalyzedActivity {
        public AnalyzedReadAudience {
            fields = List.copyOf(fields);
        }

        @Override
        public List<Input> inputs() {
            return List.of();
        }

        @Override
        public List<Column> extraColumns() {
            return fields.stream().map(field -> new Column(field.name(), field.type())).toList();
        }
    }
}
