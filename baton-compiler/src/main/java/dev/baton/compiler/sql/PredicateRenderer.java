package dev.baton.compiler.sql;

import static org.jooq.impl.DSL.inline;

import dev.baton.compiler.predicate.Literal;
import dev.baton.compiler.predicate.Predicate;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.rule.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Renders a predicate as a jOOQ condition in a scope. Every value becomes a bind value. */
final class PredicateRenderer {
    private final SqlRenderer renderer;
    private final LocalDateTime reference;

    PredicateRenderer(SqlRenderer renderer, Instant referenceTime) {
        this.renderer = renderer;
        this.reference = LocalDateTime.ofInstant(referenceTime, ZoneOffset.UTC);
    }

    Condition render(Predicate predicate, Scope scope) {
        return switch (predicate) {
            case Predicate.And and -> DSL.and(and.predicates().stream().map(child -> render(child, scope)).toList());
            case Predicate.Or or -> DSL.or(or.predicates().stream().map(child -> render(child, scope)).toList());
            // "not true" rather than NOT: a row whose value is unknown is not in the excluded group, so it stays.
            case Predicate.Not not -> DSL.field(render(not.predicate(), scope)).isDistinctFrom(inline(true));
            case Predicate.Compare compare -> compare(scope.column(compare.column()), compare);
            case Predicate.InList in -> {
                Field<Object> column = scope.column(in.column());
                List<Field<Object>> values = in.literals().stream().map(Types::bind).toList();
                yield in.negated() ? column.notIn(values) : column.in(values);
            }
            case Predicate.IsEmpty empty -> isEmpty(scope.column(empty.column()), empty);
            case Predicate.TextMatch match -> textMatch(scope.column(match.column()), match);
            case Predicate.RelativeDate relative -> relativeDate(scope.column(relative.column()), relative);
            case Predicate.Exists exists -> exists(exists, scope);
        };
    }

    private static Condition compare(Field<Object> column, Predicate.Compare compare) {
        Field<Object> value = Types.bind(compare.literal());
        return switch (compare.operator()) {
            case EQUAL -> column.eq(value);
            case NOT_EQUAL -> column.ne(value);
            case LESS -> column.lt(value);
            case GREATER -> column.gt(value);
            case LESS_OR_EQUAL -> column.le(value);
            case GREATER_OR_EQUAL -> column.ge(value);
        };
    }

    private static Condition isEmpty(Field<Object> column, Predicate.IsEmpty empty) {
        boolean text = empty.column().attribute().type().isText();
        if (empty.negated()) {
            return text ? column.isNotNull().and(column.ne(inline(""))) : column.isNotNull();
        }
        return text ? column.isNull().or(column.eq(inline(""))) : column.isNull();
    }

    @SuppressWarnings("unchecked")
    private static Condition textMatch(Field<Object> column, Predicate.TextMatch match) {
        Field<String> text = (Field<String>) (Field<?>) column;
        Field<String> pattern = DSL.val(match.pattern(), String.class);
        // startsWith and contains escape the wildcards in the value; like keeps them.
        Condition condition = switch (match.kind()) {
            case STARTS_WITH -> text.startsWith(pattern);
            case CONTAINS -> text.contains(pattern);
            case LIKE -> text.like(pattern);
        };
        return match.negated() ? DSL.not(condition) : condition;
    }

    private Condition relativeDate(Field<Object> column, Predicate.RelativeDate relative) {
        boolean date = relative.column().attribute().type() == AttributeType.DATE;
        Object now = date ? reference.toLocalDate() : reference;
        Object before = date ? minus(reference.toLocalDate(), relative.period()) : minus(reference, relative.period());
        Object after = date ? plus(reference.toLocalDate(), relative.period()) : plus(reference, relative.period());
        AttributeType type = relative.column().attribute().type();
        Field<Object> nowValue = Types.bind(new Literal(now, type));
        return switch (relative.kind()) {
            case IN_LAST -> column.ge(Types.bind(new Literal(before, type))).and(column.le(nowValue));
            case IN_NEXT -> column.ge(nowValue).and(column.le(Types.bind(new Literal(after, type))));
            case MORE_THAN_AGO -> column.lt(Types.bind(new Literal(before, type)));
        };
    }

    private Condition exists(Predicate.Exists exists, Scope outer) {
        Scope inner = new Scope(exists.link().target(), renderer.nextAlias("x"), renderer);
        Condition where = exists.where().map(child -> render(child, inner)).orElse(DSL.noCondition());
        Condition correlated = outer.linkFromRoot(exists.link(), inner.alias()).and(where);
        var subquery = DSL.selectOne().from(inner.from()).where(correlated);
        return exists.negated() ? DSL.notExists(subquery) : DSL.exists(subquery);
    }

    private static LocalDate minus(LocalDate date, Value.Period period) {
        return switch (period.unit()) {
            case DAYS -> date.minusDays(period.amount());
            case WEEKS -> date.minusWeeks(period.amount());
            case MONTHS -> date.minusMonths(period.amount());
            case YEARS -> date.minusYears(period.amount());
        };
    }

    private static LocalDate plus(LocalDate date, Value.Period period) {
        return minus(date, new Value.Period(-period.amount(), period.unit()));
    }

    private static LocalDateTime minus(LocalDateTime time, Value.Period period) {
        return minus(time.toLocalDate(), period).atTime(time.toLocalTime());
    }

    private static LocalDateTime plus(LocalDateTime time, Value.Period period) {
        return plus(time.toLocalDate(), period).atTime(time.toLocalTime());
    }
}
