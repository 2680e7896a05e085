package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.analysis.Input;
import java.util.List;

/**
 * An activity ready to run.
 *
 * @param dimension the entity of its outputs
 * @param stopsBranchWhenEmpty when the first output is empty, the activities after this one are skipped
 */
public record CompiledActivity(String id, String type, String label, String dimension, List<Input> inputs, boolean stopsBranchWhenEmpty,
        List<CompiledOutput> outputs) {
    public CompiledActivity {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(dimension, "dimension is null");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
