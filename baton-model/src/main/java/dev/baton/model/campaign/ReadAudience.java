package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Starts a branch from a saved audience: its current version as of the run's start, joined to a target dimension on
 * the profile identity. Members without a matching row are counted, not hidden.
 *
 * @param dimension a target dimension whose identity is in the audience's namespace
 * @param fields stored fields of the audience to carry as extra columns
 */
public record ReadAudience(String id, String label, String audience, String dimension, List<String> fields) implements Activity {
    public static final String TYPE = "read-audience";

    public ReadAudience {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        requireNonNull(audience, "audience is null");
        requireNonNull(dimension, "dimension is null");
        fields = List.copyOf(fields);
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
