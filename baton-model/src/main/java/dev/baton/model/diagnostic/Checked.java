package dev.baton.model.diagnostic;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.util.List;
import java.util.Optional;

/** The result of reading or checking something: a value when there is no problem, and every problem found. */
public record Checked<T>(Optional<T> value, List<Diagnostic> diagnostics) {
    public Checked {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Checked<T> of(T value, Diagnostics diagnostics) {
        return diagnostics.isEmpty() ? new Checked<>(Optional.of(value), List.of()) : failed(diagnostics);
    }

    public static <T> Checked<T> failed(Diagnostics diagnostics) {
        return new Checked<>(Optional.empty(), diagnostics.toList());
    }

    public boolean ok() {
        return value.isPresent();
    }

    /** The value, or an exception of {@code code} carrying all diagnostics. */
    public T orThrow(ErrorCode code, String what) {
        return value.orElseThrow(() -> new BatonException(code,
                what + " has " + diagnostics.size() + " problem" + (diagnostics.size() == 1 ? "" : "s") + ": "
                        + diagnostics.getFirst().describe() + (diagnostics.size() > 1 ? " (and more)" : ""),
                diagnostics));
    }
}
