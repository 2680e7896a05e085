package dev.baton.cli;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code --as-of}: an instant ({@code 2026-06-15T09:30:00Z}), a UTC date-time, or a date (its UTC midnight). */
final class AsOf {
    private AsOf() {}

    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        }
        catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            }
            catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                catch (DateTimeParseException notDate) {
                    throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--as-of '" + Output.safe(text)
                            + "' is not a time; write 2026-06-15T09:30:00Z, 2026-06-15T09:30:00 (UTC) or 2026-06-15");
                }
            }
        }
    }
}
