package dev.baton.compiler.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import dev.baton.compiler.analysis.AnalyzedActivity.FieldSource;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.plan.Column;
import dev.baton.compiler.plan.Rel;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The SQL of Save audience (content and its figures) and Read audience (members and unmatched ones). */
final class AudienceSql {
    private final SqlRenderer renderer;
    private final DSLContext context;

    AudienceSql(SqlRenderer renderer, DSLContext context) {
        this.renderer = renderer;
        this.context = context;
    }

    /** The inbound rows with their entity row and linked rows, and the expressions of every stored field. */
    private record Source(Table<Record> from, List<Field<?>> values, Condition identityPresent) {}

    private Source source(Rel.AudienceContent content) {
        Entity entity = content.entity();
        String inputAlias = renderer.nextAlias("w");
        // When the inbound work table holds every attribute read, it is the root: no join with the entity's table.
        boolean carried = content.inputCarriesAttributes();
        Scope scope = carried ? Scope.overWorkTable(renderer.workTable(content.input()), inputAlias, renderer)
                : new Scope(entity, "t", renderer);
        List<Field<?>> values = new ArrayList<>();
        for (FieldSource source : content.sources()) {
            values.add(switch (source) {
                case FieldSource.FromAttribute attribute -> scope.column(attribute.column());
                case FieldSource.FromInput input -> field(name(inputAlias, input.column().name()), Types.dataType(input.column().type()));
            });
        }
        Table<Record> from;
        if (carried) {
            from = scope.from();
        }
        else {
            from = renderer.derived(content.input(), inputAlias).join(scope.from()).on(SqlRenderer.keyJoin(entity, inputAlias, scope.alias()));
        }
        @SuppressWarnings("unchecked")
        Field<Object> identity = (Field<Object>) values.getFirst();
        return new Source(from, values, identity.isNotNull().and(identity.ne(inline(""))));
    }

    Select<Record> content(Rel.AudienceContent content) {
        Source source = source(content);
        List<SelectField<?>> fields = new ArrayList<>();
        for (int i = 0; i < content.fields().size(); i++) {
            fields.add(source.values().get(i).as(content.fields().get(i).name()));
        }
        return context.select(fields).from(source.from()).where(source.identityPresent());
    }

    /** One row: {@code rows} saved, {@code profiles} distinct identities, {@code skipped} rows with an empty identity. */
    Select<?> statistics(Rel.AudienceContent content) {
        Source source = source(content);
        Field<?> identity = source.values().getFirst();
        return context.select(
                        DSL.count().filterWhere(source.identityPresent()).as("rows"),
                        DSL.countDistinct(identity).filterWhere(source.identityPresent()).as("profiles"),
                        DSL.count().filterWhere(DSL.not(source.identityPresent())).as("skipped"))
                .from(source.from());
    }

    Select<Record> read(Rel.AudienceRead read) {
        Entity entity = read.entity();
        String audienceAlias = renderer.nextAlias("a");
        String entityAlias = renderer.nextAlias("t");
        Table<Record> joined = SqlRenderer.table(read.audience().table()).as(audienceAlias)
                .join(SqlRenderer.table(entity.table()).as(entityAlias))
                .on(Scope.column(entityAlias, read.identity()).eq(field(name(audienceAlias, read.audience().identity().name()))));
        List<SelectField<?>> keys = new ArrayList<>();
        for (Attribute key : entity.primaryKeyAttributes()) {
            keys.add(Scope.column(entityAlias, key).as(key.name()));
        }
        if (read.audience().onePerProfile()) {
            // Each identity is in one row: each joined row of the entity comes once, with that row's fields.
            List<SelectField<?>> columns = new ArrayList<>(keys);
            for (StoredField stored : read.fields()) {
                columns.add(field(name(audienceAlias, stored.name()), Types.dataType(stored.type())).as(stored.name()));
            }
            return context.select(columns).from(joined);
        }
        if (read.fields().isEmpty()) {
            return context.selectDistinct(keys).from(joined);
        }
        // Several member rows can share a profile: take the stored fields of the one with the lowest source key.
        List<SortField<?>> order = new ArrayList<>();
        for (StoredField stored : read.audience().fields()) {
            order.add(field(name(audienceAlias, stored.name())).asc());
        }
        List<SelectField<?>> numbered = new ArrayList<>(keys);
        for (StoredField stored : read.fields()) {
            numbered.add(field(name(audienceAlias, stored.name()), Types.dataType(stored.type())).as(stored.name()));
        }
        List<Field<?>> partition = entity.primaryKeyAttributes().stream().<Field<?>>map(key -> Scope.column(entityAlias, key)).toList();
        numbered.add(DSL.rowNumber().over().partitionBy(partition).orderBy(order).as("baton_row"));
        String numberedAlias = renderer.nextAlias("n");
        Table<Record> table = context.select(numbered).from(joined).asTable(numberedAlias);
        List<SelectField<?>> columns = new ArrayList<>();
        for (Column column : read.rowType().columns()) {
            columns.add(field(name(numberedAlias, column.name()), Types.dataType(column.type())));
        }
        return context.select(columns).from(table).where(field(name(numberedAlias, "baton_row"), Long.class).eq(inline(1L)));
    }

    /**
     * One row: {@code unmatched}, the distinct identities of the audience that no row of the dimension has. (The
     * members, its distinct identities, are known from the registry.) When each identity is in one row, it counts rows,
     * without the distinct.
     */
    Select<?> readStatistics(Rel.AudienceRead read) {
        String audienceAlias = renderer.nextAlias("a");
        String entityAlias = renderer.nextAlias("t");
        Field<Object> identity = field(name(audienceAlias, read.audience().identity().name()));
        Condition unmatched = DSL.notExists(context.selectOne().from(SqlRenderer.table(read.entity().table()).as(entityAlias))
                .where(Scope.column(entityAlias, read.identity()).eq(identity)));
        return context.select((read.audience().onePerProfile() ? DSL.count() : DSL.countDistinct(identity)).as("unmatched"))
                .from(SqlRenderer.table(read.audience().table()).as(audienceAlias)).where(unmatched);
    }
}
