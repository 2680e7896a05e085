package dev.baton.model.error;

import static java.util.Objects.requireNonNull;

import dev.baton.model.diagnostic.Diagnostic;
import java.util.List;

/** Every failure Baton reports on purpose. The message is one line that names what is wrong. */
public final class BatonException extends RuntimeException {
    private final ErrorCode code;
    private final List<Diagnostic> diagnostics;

    public BatonException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public BatonException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public BatonException(ErrorCode code, String message, List<Diagnostic> diagnostics) {
        this(code, message, diagnostics, null);
    }

    private BatonException(ErrorCode code, String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
