package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Union, intersection or exclusion of two or more populations of the same dimension.
 *
 * @param primary the activity whose transition is the primary set (required for exclusion and for reconciliation on columns)
 * @param reconcileOn attributes to match rows on; empty means the primary key ("keys only")
 * @param complement whether to emit a {@code complement} output (intersection and exclusion)
 */
public record Combine(String id, String label, CombineOperation operation, Optional<String> primary, List<String> reconcileOn,
        boolean complement) implements Activity {
    public static final String TYPE = "combine";

    public Combine {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        requireNonNull(operation, "operation is null");
        requireNonNull(primary, "primary is null");
        reconcileOn = List.copyOf(reconcileOn);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public List<String> outputs() {
        return complement ? List.of(Ports.OUT, Ports.COMPLEMENT) : List.of(Ports.OUT);
    }

    @Override
    public int minimumInputs() {
        return 2;
    }

    @Override
    public int maximumInputs() {
        return Integer.MAX_VALUE;
    }
}
