package dev.baton.compiler.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.table;

import dev.baton.compiler.plan.Column;
import dev.baton.compiler.plan.Rel;
import dev.baton.compiler.plan.RowType;
import dev.baton.model.campaign.CombineOperation;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Renders plan nodes to SQL for one dialect. Not thread-safe: it numbers table aliases per statement.
 */
public final class SqlRenderer {
    private final DSLContext context;
    private final WorkTableNaming naming;
    private final Instant referenceTime;
    private int aliases;

    public SqlRenderer(Dialect dialect, WorkTableNaming naming, Instant referenceTime) {
        Settings settings = new Settings()
                .withRenderFormatted(true)
                .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
                .withRenderSchema(true);
        this.context = DSL.using(dialect.jooq(), settings);
        this.naming = naming;
        this.referenceTime = referenceTime;
    }

    /** {@code CREATE TABLE target AS SELECT …}: materialises one output. */
    public SqlStatement createTableAs(TableName target, Rel rel) {
        aliases = 0;
        Query query = context.createTable(table(target)).as(select(rel));
        return new SqlStatement(query.getSQL(ParamType.INDEXED), query.getBindValues());
    }

    String nextAlias(String letter) {
        aliases++;
        return letter + aliases;
    }

    /** The work table a scan reads. */
    Table<Record> workTable(Rel.WorkTableScan scan) {
        return table(naming.table(scan.source().activity(), scan.source().output()));
    }

    static Table<Record> table(TableName name) {
        return DSL.table(name.schema().map(schema -> name(schema, name.name())).orElse(name(name.name())));
    }

    private Select<Record> select(Rel rel) {
        return switch (rel) {
            case Rel.EntityFilter filter -> entityFilter(filter);
            case Rel.WorkTableScan scan -> context.select(columns(scan.rowType(), null)).from(workTable(scan));
            case Rel.SetOperation operation -> setOperation(operation);
            case Rel.ColumnReconciliation reconciliation -> switch (reconciliation.operation()) {
                case UNION -> reconcileUnion(reconciliation);
                case INTERSECTION, EXCLUSION -> reconcileFilter(reconciliation);
            };
            case Rel.AudienceContent content -> new AudienceSql(this, context).content(content);
            case Rel.AudienceRead read -> new AudienceSql(this, context).read(read);
        };
    }

    /** A plan node as a derived table under {@code alias}. */
    Table<Record> derived(Rel rel, String alias) {
        return select(rel).asTable(alias);
    }

    /** The figures of what a Save audience would store: one row of {@code rows}, {@code profiles}, {@code skipped}. */
    public SqlStatement audienceStatistics(Rel.AudienceContent content) {
        aliases = 0;
        return statement(new AudienceSql(this, context).statistics(content));
    }

    /** The content a Save audience stores, as a SELECT for the registry to materialise. */
    public SqlStatement audienceContent(Rel.AudienceContent content) {
        aliases = 0;
        return statement(new AudienceSql(this, context).content(content));
    }

    /** The figure of a Read audience computed in the database: one row of {@code unmatched}. */
    public SqlStatement audienceReadStatistics(Rel.AudienceRead read) {
        aliases = 0;
        return statement(new AudienceSql(this, context).readStatistics(read));
    }

    private static SqlStatement statement(Select<?> select) {
        return new SqlStatement(select.getSQL(ParamType.INDEXED), select.getBindValues());
    }

    private Select<Record> entityFilter(Rel.EntityFilter filter) {
        Scope scope = new Scope(filter.entity(), "t", this);
        Condition where = filter.predicate().map(predicate -> new PredicateRenderer(this, referenceTime).render(predicate, scope)).orElse(noCondition());
        List<Attribute> attributes = new ArrayList<>(filter.entity().primaryKeyAttributes());
        attributes.addAll(filter.carried());
        List<SelectField<?>> columns = attributes.stream().<SelectField<?>>map(attribute -> scope.column(attribute).as(attribute.name())).toList();
        return context.select(columns).from(scope.from()).where(where);
    }

    private Select<Record> setOperation(Rel.SetOperation operation) {
        Select<Record> result = operand(operation.inputs().getFirst());
        for (Rel input : operation.inputs().subList(1, operation.inputs().size())) {
            Select<Record> next = operand(input);
            result = switch (operation.operator()) {
                case UNION -> result.union(next);
                case INTERSECT -> result.intersect(next);
                case EXCEPT -> result.except(next);
            };
        }
        return result;
    }

    /** Nested set operations become derived tables, so that operator precedence never changes the meaning. */
    private Select<Record> operand(Rel input) {
        if (input instanceof Rel.WorkTableScan || input instanceof Rel.EntityFilter) {
            return select(input);
        }
        String alias = nextAlias("s");
        return context.select(columns(input.rowType(), alias)).from(select(input).asTable(alias));
    }

    private Select<Record> reconcileUnion(Rel.ColumnReconciliation reconciliation) {
        Entity entity = reconciliation.entity();
        RowType keys = reconciliation.rowType();
        Field<Integer> rank = field(name("baton_rank"), Integer.class);
        // Every key once, with the rank of the first input holding it (the primary set has rank 0).
        Select<Record> ranked = null;
        for (int i = 0; i < reconciliation.inputs().size(); i++) {
            String alias = nextAlias("p");
            List<SelectField<?>> fields = new ArrayList<>(columns(keys, alias));
            fields.add(inline(i).as(rank.getName()));
            Select<Record> part = context.select(fields).from(select(reconciliation.inputs().get(i)).asTable(alias));
            ranked = ranked == null ? part : ranked.unionAll(part);
        }
        String unionAlias = nextAlias("u");
        String keyedAlias = nextAlias("k");
        List<SelectField<?>> keyed = new ArrayList<>(columns(keys, unionAlias));
        keyed.add(DSL.min(field(name(unionAlias, rank.getName()), Integer.class)).as(rank.getName()));
        Table<Record> firstRanked = context.select(keyed).from(ranked.asTable(unionAlias)).groupBy(columns(keys, unionAlias)).asTable(keyedAlias);

        String entityAlias = nextAlias("e");
        Table<Record> entityTable = table(entity.table()).as(entityAlias);
        List<Field<?>> matchOn = reconciliation.columns().stream().<Field<?>>map(attribute -> field(name(entityAlias, attribute.column()))).toList();
        List<SortField<?>> order = new ArrayList<>();
        order.add(field(name(keyedAlias, rank.getName())).asc());
        columns(keys, keyedAlias).forEach(key -> order.add(key.asc()));
        Condition anyEmpty = DSL.or(matchOn.stream().map(Field::isNull).toList());
        List<SelectField<?>> numbered = new ArrayList<>(columns(keys, keyedAlias));
        numbered.add(rowNumber().over().partitionBy(matchOn).orderBy(order).as("baton_row"));
        numbered.add(DSL.field(anyEmpty).as("baton_empty"));
        String numberedAlias = nextAlias("n");
        Table<Record> numberedTable = context.select(numbered)
                .from(firstRanked.join(entityTable).on(keyJoin(entity, keyedAlias, entityAlias)))
                .asTable(numberedAlias);
        return context.select(columns(keys, numberedAlias)).from(numberedTable)
                .where(field(name(numberedAlias, "baton_row"), Long.class).eq(inline(1L)).or(field(name(numberedAlias, "baton_empty"), Boolean.class).isTrue()));
    }

    private Select<Record> reconcileFilter(Rel.ColumnReconciliation reconciliation) {
        Entity entity = reconciliation.entity();
        RowType keys = reconciliation.rowType();
        String primaryAlias = nextAlias("p");
        String entityAlias = nextAlias("e");
        List<Condition> conditions = new ArrayList<>();
        for (Rel other : reconciliation.inputs().subList(1, reconciliation.inputs().size())) {
            String otherAlias = nextAlias("o");
            String otherEntityAlias = nextAlias("e");
            Condition sameValues = DSL.and(reconciliation.columns().stream()
                    .map(attribute -> field(name(otherEntityAlias, attribute.column())).eq(field(name(entityAlias, attribute.column()))))
                    .toList());
            Select<?> match = context.selectOne()
                    .from(select(other).asTable(otherAlias).join(table(entity.table()).as(otherEntityAlias)).on(keyJoin(entity, otherAlias, otherEntityAlias)))
                    .where(sameValues);
            conditions.add(reconciliation.operation() == CombineOperation.INTERSECTION ? DSL.exists(match) : DSL.notExists(match));
        }
        return context.select(columns(keys, primaryAlias))
                .from(select(reconciliation.inputs().getFirst()).asTable(primaryAlias)
                        .join(table(entity.table()).as(entityAlias)).on(keyJoin(entity, primaryAlias, entityAlias)))
                .where(DSL.and(conditions));
    }

    /** Joins a population (columns named as the key attributes) to its entity's table. */
    static Condition keyJoin(Entity entity, String populationAlias, String entityAlias) {
        return DSL.and(entity.primaryKeyAttributes().stream()
                .map(key -> field(name(populationAlias, key.name())).eq(field(name(entityAlias, key.column()))))
                .toList());
    }

    private static List<Field<?>> columns(RowType rowType, String alias) {
        List<Field<?>> fields = new ArrayList<>();
        for (Column column : rowType.columns()) {
            Name columnName = alias == null ? name(column.name()) : name(alias, column.name());
            fields.add(field(columnName, Types.dataType(column.type())));
        }
        return fields;
    }
}
