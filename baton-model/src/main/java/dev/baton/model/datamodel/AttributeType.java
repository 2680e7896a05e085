package dev.baton.model.datamodel;

import java.util.Locale;
import java.util.Optional;

/** The types an attribute can have. An enumeration is a string restricted to allowed values. */
public enum AttributeType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    ENUMERATION;

    /** The name used in files: {@code string}, {@code integer}, … {@code enum}. */
    public String fileName() {
        return this == ENUMERATION ? "enum" : name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttributeType> fromFileName(String name) {
        for (AttributeType type : values()) {
            if (type.fileName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public boolean isText() {
        return this == STRING || this == ENUMERATION;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }
}
