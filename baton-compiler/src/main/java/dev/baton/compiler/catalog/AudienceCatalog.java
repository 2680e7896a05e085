package dev.baton.compiler.catalog;

import dev.baton.model.io.Text;
import java.util.List;
import java.util.Optional;

/** Saved audiences as the compiler sees them; labels compare trimmed and ignoring case. */
public record AudienceCatalog(List<LabelOwner> owners, List<AudienceTable> audiences) {
    public AudienceCatalog {
        owners = List.copyOf(owners);
        audiences = List.copyOf(audiences);
    }

    public static AudienceCatalog empty() {
        return new AudienceCatalog(List.of(), List.of());
    }

    public Optional<LabelOwner> owner(String label) {
        return owners.stream().filter(owner -> Text.normalized(owner.label()).equals(Text.normalized(label))).findFirst();
    }

    /** The current content of an audience, if it has been saved at least once. */
    public Optional<AudienceTable> audience(String label) {
        return audiences.stream().filter(audience -> Text.normalized(audience.label()).equals(Text.normalized(label))).findFirst();
    }

    public List<String> labels() {
        return audiences.stream().map(AudienceTable::label).toList();
    }
}
