package dev.baton.model.datamodel;

import java.util.Optional;

/** How many rows of the target a row of the source links to. */
public enum Cardinality {
    ONE_TO_ONE("one-to-one"),
    MANY_TO_ONE("many-to-one"),
    ONE_TO_MANY("one-to-many");

    private final String fileName;

    Cardinality(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** At most one target row per source row: the link can be followed like an attribute. */
    public boolean isToOne() {
        return this != ONE_TO_MANY;
    }

    public static Optional<Cardinality> fromFileName(String name) {
        for (Cardinality cardinality : values()) {
            if (cardinality.fileName.equals(name)) {
                return Optional.of(cardinality);
            }
        }
        return Optional.empty();
    }
}
