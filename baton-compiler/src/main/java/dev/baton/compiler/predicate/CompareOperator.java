package dev.baton.compiler.predicate;

/** Ordered and equality comparisons. */
public enum CompareOperator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS("<"),
    GREATER(">"),
    LESS_OR_EQUAL("<="),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
