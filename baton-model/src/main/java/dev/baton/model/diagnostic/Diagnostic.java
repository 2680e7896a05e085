package dev.baton.model.diagnostic;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem in user input.
 *
 * @param code stable code
 * @param location where in the file, as a path such as {@code activities[2].rule.all[0].operator}
 * @param activity the activity concerned, when there is one
 * @param message what is wrong and what would be allowed
 */
public record Diagnostic(DiagnosticCode code, String location, Optional<String> activity, String message) {
    public Diagnostic {
        requireNonNull(code, "code is null");
        requireNonNull(location, "location is null");
        requireNonNull(activity, "activity is null");
        requireNonNull(message, "message is null");
    }

    /**
     * One line for people: {@code BTN204 activities[1] (activity 'a'): message}. Control characters and line
     * separators are escaped, since the location, the activity id and the message can hold text from the file.
     */
    public String describe() {
        StringBuilder line = new StringBuilder(code.code()).append(' ').append(location.isEmpty() ? "(file)" : location);
        activity.ifPresent(id -> line.append(" (activity '").append(id).append("')"));
        return dev.baton.model.io.Text.escapeControlCharacters(line.append(": ").append(message).toString());
    }
}
