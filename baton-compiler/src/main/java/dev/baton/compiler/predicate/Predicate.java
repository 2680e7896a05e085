package dev.baton.compiler.predicate;

import static java.util.Objects.requireNonNull;

import dev.baton.model.rule.Value;
import java.util.List;
import java.util.Optional;

/** A typed condition on the rows of one entity. */
public sealed interface Predicate {
    record And(List<Predicate> predicates) implements Predicate {
        public And {
            predicates = List.copyOf(predicates);
        }
    }

    record Or(List<Predicate> predicates) implements Predicate {
        public Or {
            predicates = List.copyOf(predicates);
        }
    }

    /** True where {@code predicate} is not true: false or unknown (a row with an empty value is not "in" a group). */
    record Not(Predicate predicate) implements Predicate {
        public Not {
            requireNonNull(predicate, "predicate is null");
        }
    }

    record Compare(ColumnReference column, CompareOperator operator, Literal literal) implements Predicate {
        public Compare {
            requireNonNull(column, "column is null");
            requireNonNull(operator, "operator is null");
            requireNonNull(literal, "literal is null");
        }
    }

    record InList(ColumnReference column, List<Literal> literals, boolean negated) implements Predicate {
        public InList {
            requireNonNull(column, "column is null");
            literals = List.copyOf(literals);
        }
    }

    /** Null, or the empty string for text attributes. */
    record IsEmpty(ColumnReference column, boolean negated) implements Predicate {
        public IsEmpty {
            requireNonNull(column, "column is null");
        }
    }

    record TextMatch(ColumnReference column, TextMatchKind kind, String pattern, boolean negated) implements Predicate {
        public TextMatch {
            requireNonNull(column, "column is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(pattern, "pattern is null");
        }
    }

    /** A date or timestamp relative to the run's reference time. */
    record RelativeDate(ColumnReference column, RelativeDateKind kind, Value.Period period) implements Predicate {
        public RelativeDate {
            requireNonNull(column, "column is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(period, "period is null");
        }
    }

    /** Some (or, negated, no) row of the linked entity satisfies {@code where}. */
    record Exists(LinkStep link, Optional<Predicate> where, boolean negated) implements Predicate {
        public Exists {
            requireNonNull(link, "link is null");
            requireNonNull(where, "where is null");
        }
    }
}
