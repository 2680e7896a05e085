package dev.baton.compiler.analysis;

import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.campaign.Activity;
import dev.baton.model.campaign.BuildAudience;
import dev.baton.model.campaign.Combine;
import dev.baton.model.datamodel.Attribute;
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
}
