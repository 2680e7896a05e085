package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.Input;
import java.util.List;
import java.util.Optional;

/**
 * An activity ready to run.
 *
 * @param dimension the entity of its outputs
 * @param stopsBranchWhenEmpty when the first output is empty, the activities after this one are skipped
 * @param effect what it does to saved audiences (Save audience, Read audience)
 */
public record CompiledActivity(String id, String type, String label, String dimension, List<Input> inputs, boolean stopsBranchWhenEmpty,
        List<CompiledOutput> outputs, Optional<AudienceEffect> effect) {
    public CompiledActivity {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(dimension, "dimension is null");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        requireNonNull(effect, "effect is null");
    }
}
