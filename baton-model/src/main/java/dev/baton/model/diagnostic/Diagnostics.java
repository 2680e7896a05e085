package dev.baton.model.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects diagnostics in the order they are found. Not thread-safe: one per reading or validation. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(DiagnosticCode code, String location, String message) {
        items.add(new Diagnostic(code, location, Optional.empty(), message));
    }

    public void add(DiagnosticCode code, String location, String activity, String message) {
        items.add(new Diagnostic(code, location, Optional.ofNullable(activity), message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public List<Diagnostic> toList() {
        return List.copyOf(items);
    }
}
