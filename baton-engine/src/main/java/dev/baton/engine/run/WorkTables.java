package dev.baton.engine.run;

import dev.baton.compiler.sql.Dialect;
import dev.baton.model.datamodel.TableName;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The few statements the engine builds itself on work tables, rendered by jOOQ like everything else. */
public final class WorkTables {
    private WorkTables() {}

    public static Table<?> table(TableName name) {
        return DSL.table(name.schema().map(schema -> DSL.name(schema, name.name())).orElse(DSL.name(name.name())));
    }

    public static String count(Dialect dialect, TableName name) {
        return DSL.using(dialect.jooq()).selectCount().from(table(name)).getSQL();
    }

    public static String drop(Dialect dialect, TableName name) {
        return DSL.using(dialect.jooq()).dropTableIfExists(table(name)).getSQL();
    }

    public static String createSchema(Dialect dialect, String schema) {
        return DSL.using(dialect.jooq()).createSchemaIfNotExists(DSL.name(schema)).getSQL();
    }
}
