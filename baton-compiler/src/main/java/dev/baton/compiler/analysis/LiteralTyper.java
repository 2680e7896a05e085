package dev.baton.compiler.analysis;

import dev.baton.compiler.predicate.Literal;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.rule.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Types a value from a file for an attribute type, strictly: a number is not a text, a text is not a boolean. */
final class LiteralTyper {
    private LiteralTyper() {}

    static Optional<Literal> type(Value value, AttributeType type) {
        return switch (type) {
            case STRING, ENUMERATION -> value instanceof Value.Text text ? Optional.of(new Literal(text.value(), type)) : Optional.empty();
            case INTEGER -> value instanceof Value.Number number ? wholeNumber(number.value()).map(whole -> new Literal(whole, type)) : Optional.empty();
            case DECIMAL -> value instanceof Value.Number number ? Optional.of(new Literal(withoutNegativeScale(number.value()), type)) : Optional.empty();
            case BOOLEAN -> value instanceof Value.Bool bool ? Optional.of(new Literal(bool.value(), type)) : Optional.empty();
            case DATE -> value instanceof Value.Text text ? date(text.value()).map(date -> new Literal(date, type)) : Optional.empty();
            case TIMESTAMP -> value instanceof Value.Text text ? timestamp(text.value()).map(timestamp -> new Literal(timestamp, type)) : Optional.empty();
        };
    }

    static String expected(AttributeType type) {
        return switch (type) {
            case STRING -> "a text (in quotes if it looks like a number or true/false)";
            case ENUMERATION -> "one of its allowed values, as a text";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date such as '2026-01-31'";
            case TIMESTAMP -> "a timestamp such as '2026-01-31T14:30:00' (UTC), or a date";
        };
    }

    /**
     * {@code 10000000.0} is read as {@code 1.0E+7}, scale -6; DuckDB's JDBC driver refuses a bind value with a negative
     * scale. A negative scale is always a whole number, so scale 0 holds it exactly.
     */
    private static BigDecimal withoutNegativeScale(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static Optional<Long> wholeNumber(BigDecimal number) {
        try {
            return Optional.of(number.longValueExact());
        }
        catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Timestamps are stored in UTC; an offset is converted, a date means its midnight. */
    private static Optional<LocalDateTime> timestamp(String text) {
        String stripped = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(stripped));
        }
        catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(stripped).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            }
            catch (DateTimeParseException notOffset) {
                return date(stripped).map(LocalDate::atStartOfDay);
            }
        }
    }
}
