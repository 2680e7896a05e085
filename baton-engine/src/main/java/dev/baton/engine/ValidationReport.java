package dev.baton.engine;

import dev.baton.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/** The problems of a campaign file (and of the data model it is checked against); valid when there are none. */
public record ValidationReport(String file, Optional<String> campaignId, List<Diagnostic> diagnostics) {
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
        return diagnostics.isEmpty();
    }
}
