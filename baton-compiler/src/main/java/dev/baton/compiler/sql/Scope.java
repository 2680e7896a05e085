package dev.baton.compiler.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.baton.compiler.predicate.ColumnReference;
import dev.baton.compiler.predicate.LinkStep;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.JoinPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The rows a condition is evaluated on: one entity under an alias, plus a LEFT JOIN for each to-one link path the
 * condition reads. To-one links join on the target's whole primary key, so the joins never multiply rows. The root is
 * the entity's table, or a work table carrying the attributes read (its columns named as the attributes).
 */
final class Scope {
    private record Join(String alias, String parentAlias, LinkStep step) {}

    private final Table<Record> root;
    private final boolean rootNamedByAttribute;
    private final String alias;
    private final SqlRenderer renderer;
    private final Map<String, Join> joins = new LinkedHashMap<>();

    Scope(Entity entity, String alias, SqlRenderer renderer) {
        this(SqlRenderer.table(entity.table()), false, alias, renderer);
    }

    private Scope(Table<Record> root, boolean rootNamedByAttribute, String alias, SqlRenderer renderer) {
        this.root = root.as(alias);
        this.rootNamedByAttribute = rootNamedByAttribute;
        this.alias = alias;
        this.renderer = renderer;
    }

    /** Rows of a work table that holds, under their attribute names, every attribute of its entity that is read. */
    static Scope overWorkTable(Table<Record> workTable, String alias, SqlRenderer renderer) {
        return new Scope(workTable, true, alias, renderer);
    }

    String alias() {
        return alias;
    }

    Field<Object> column(Attribute attribute) {
        return columnOf(alias, attribute);
    }

    /** A column of the root or of a joined entity. */
    @SuppressWarnings("unchecked")
    private Field<Object> columnOf(String tableAlias, Attribute attribute) {
        if (rootNamedByAttribute && tableAlias.equals(alias)) {
            return (Field<Object>) field(name(alias, attribute.name()), Types.dataType(attribute.type()));
        }
        return column(tableAlias, attribute);
    }

    @SuppressWarnings("unchecked")
    static Field<Object> column(String alias, Attribute attribute) {
        return (Field<Object>) field(name(alias, attribute.column()), Types.dataType(attribute.type()));
    }

    /** The column, joining the linked entities of its path on first use. */
    Field<Object> column(ColumnReference reference) {
        String current = alias;
        StringBuilder key = new StringBuilder();
        for (LinkStep step : reference.path()) {
            key.append('.').append(step.link().name());
            String parent = current;
            Join join = joins.computeIfAbsent(key.toString(), path -> new Join(renderer.nextAlias("j"), parent, step));
            current = join.alias();
        }
        return columnOf(current, reference.attribute());
    }

    /** The root with its joins. */
    Table<Record> from() {
        Table<Record> result = root;
        for (Join join : joins.values()) {
            Table<Record> target = SqlRenderer.table(join.step().target().table()).as(join.alias());
            result = result.leftJoin(target).on(linkCondition(join.step(), source -> columnOf(join.parentAlias(), source), join.alias()));
        }
        return result;
    }

    /** Rows of {@code targetAlias} linked to this scope's root row. */
    Condition linkFromRoot(LinkStep step, String targetAlias) {
        return linkCondition(step, source -> columnOf(alias, source), targetAlias);
    }

    private static Condition linkCondition(LinkStep step, Function<Attribute, Field<Object>> sourceColumn, String targetAlias) {
        List<Condition> pairs = new ArrayList<>();
        for (JoinPair pair : step.link().join()) {
            Attribute source = step.source().attribute(pair.sourceAttribute()).orElseThrow();
            Attribute target = step.target().attribute(pair.targetAttribute()).orElseThrow();
            pairs.add(column(targetAlias, target).eq(sourceColumn.apply(source)));
        }
        return DSL.and(pairs);
    }
}
