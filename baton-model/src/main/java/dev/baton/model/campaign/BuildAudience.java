package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import dev.baton.model.rule.Condition;
import java.util.List;
import java.util.Optional;

/**
 * Builds a population from a targeting dimension and a rule.
 *
 * @param dimension an entity name or a target dimension name
 * @param rule empty means the whole table
 * @param outboundWhenEmpty when false (the default) an empty result stops the branch
 */
public record BuildAudience(String id, String label, String dimension, Optional<Condition> rule, boolean outboundWhenEmpty)
        implements Activity {
    public static final String TYPE = "build-audience";

    public BuildAudience {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        requireNonNull(dimension, "dimension is null");
        requireNonNull(rule, "rule is null");
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public List<String> outputs() {
        return List.of(Ports.OUT);
    }

    @Override
    public int minimumInputs() {
        return 0;
    }

    @Override
    public int maximumInputs() {
        return 0;
    }
}
