package dev.baton.compiler.predicate;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.AttributeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A value typed for an attribute: {@link String} for string and enum, {@link Long} for integer, {@link BigDecimal}
 * for decimal, {@link Boolean}, {@link LocalDate} and {@link LocalDateTime}. Always sent to the database as a bind value.
 */
public record Literal(Object value, AttributeType type) {
    public Literal {
        requireNonNull(value, "value is null");
        requireNonNull(type, "type is null");
        Class<?> expected = switch (type) {
            case STRING, ENUMERATION -> String.class;
            case INTEGER -> Long.class;
            case DECIMAL -> BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> LocalDateTime.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("a " + type + " literal holds a " + expected.getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
    }
}
