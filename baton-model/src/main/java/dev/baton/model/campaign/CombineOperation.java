package dev.baton.model.campaign;

import java.util.Optional;

/** The set operations of Combine. */
public enum CombineOperation {
    UNION("union"),
    INTERSECTION("intersection"),
    EXCLUSION("exclusion");

    private final String fileName;

    CombineOperation(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<CombineOperation> fromFileName(String name) {
        for (CombineOperation operation : values()) {
            if (operation.fileName.equals(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
