package dev.baton.model.rule;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A group of conditions; {@code EXCEPT} keeps what matches the first condition and none of the others. */
public record Group(GroupOperator operator, List<Condition> conditions) implements Condition {
    public Group {
        requireNonNull(operator, "operator is null");
        conditions = List.copyOf(conditions);
    }
}
