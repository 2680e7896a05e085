package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Saves its inbound population as an audience: a new one, or a new version of the one this activity saved before.
 * Not executed in test runs.
 *
 * @param audience the audience label, unique across all campaigns (trimmed, ignoring case)
 * @param profileMapping the target dimension that ties rows to profiles; it must be reachable from the inbound
 *     dimension through to-one links
 * @param mappings additional fields stored with each row
 * @param outbound whether an outbound transition passes the population on
 */
public record SaveAudience(String id, String label, String audience, String profileMapping, List<AudienceMapping> mappings, boolean outbound)
        implements Activity {
    public static final String TYPE = "save-audience";

    public SaveAudience {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        requireNonNull(audience, "audience is null");
        requireNonNull(profileMapping, "profileMapping is null");
        mappings = List.copyOf(mappings);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public List<String> outputs() {
        return outbound ? List.of(Ports.OUT) : List.of();
    }

    @Override
    public int minimumInputs() {
        return 1;
    }

    @Override
    public int maximumInputs() {
        return 1;
    }
}
