package dev.baton.model.rule;

import java.util.Optional;

/** How the conditions of a group combine: all of them, any of them, or the first except any of the others. */
public enum GroupOperator {
    ALL("all"),
    ANY("any"),
    EXCEPT("except");

    private final String fileName;

    GroupOperator(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<GroupOperator> fromFileName(String name) {
        for (GroupOperator operator : values()) {
            if (operator.fileName.equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
