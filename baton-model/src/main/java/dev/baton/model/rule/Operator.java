package dev.baton.model.rule;

import java.util.List;
import java.util.Optional;

/** Comparison operators, with the names used in files and their symbol aliases. */
public enum Operator {
    EQUAL("equal", "="),
    NOT_EQUAL("not-equal", "!="),
    LESS("less", "<"),
    GREATER("greater", ">"),
    LESS_OR_EQUAL("less-or-equal", "<="),
    GREATER_OR_EQUAL("greater-or-equal", ">="),
    IN("in", null),
    NOT_IN("not-in", null),
    IS_EMPTY("is-empty", null),
    IS_NOT_EMPTY("is-not-empty", null),
    STARTS_WITH("starts-with", null),
    NOT_STARTS_WITH("not-starts-with", null),
    CONTAINS("contains", null),
    NOT_CONTAINS("not-contains", null),
    LIKE("like", null),
    NOT_LIKE("not-like", null),
    IN_LAST("in-last", null),
    IN_NEXT("in-next", null),
    MORE_THAN_AGO("more-than-ago", null);

    private final String fileName;
    private final String symbol;

    Operator(String fileName, String symbol) {
        this.fileName = fileName;
        this.symbol = symbol;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<Operator> fromFileName(String name) {
        for (Operator operator : values()) {
            if (operator.fileName.equals(name) || name.equals(operator.symbol)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    public static List<String> fileNames() {
        return java.util.Arrays.stream(values()).map(Operator::fileName).toList();
    }
}
