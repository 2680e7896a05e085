package dev.baton.engine;

import dev.baton.engine.Preview.PreviewColumn;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.OutputResult;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.WorkTables;
import dev.baton.engine.spi.Engine;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/** Reads the first rows of a work table, in key order, joined to the dimension's attributes. */
final class Previews {
    private Previews() {}

    static Preview preview(Engine engine, DataModel model, RunResult run, String activityId, String outputName, int limit) {
        if (limit < 1 || limit > AudienceService.MAX_LIMIT) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--limit must be between 1 and " + AudienceService.MAX_LIMIT + ", not " + limit);
        }
        ActivityResult activity = run.activity(activityId).orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "run " + run.runId()
                + " has no activity '" + Text.quoteForMessage(activityId) + "'; activities: " + String.join(", ", run.activities().stream().map(ActivityResult::id).toList())));
        OutputResult output = activity.outputs().stream().filter(candidate -> candidate.output().equals(outputName)).findFirst()
                .orElseThrow(() -> new BatonException(ErrorCode.NOT_FOUND, "activity '" + activityId + "' has no output '" + Text.quoteForMessage(outputName)
                        + "'; outputs: " + String.join(", ", activity.outputs().stream().map(OutputResult::output).toList())));
        if (output.rows().isEmpty()) {
            throw new BatonException(ErrorCode.NOT_FOUND, "activity '" + activityId + "' did not run in run " + run.runId() + " (" + activity.status().name().toLowerCase(java.util.Locale.ROOT)
                    + activity.reason().map(reason -> ": " + reason).orElse("") + "), so " + outputName + " has no rows to show");
        }
        if (run.workTablesDropped()) {
            throw new BatonException(ErrorCode.NOT_FOUND, "the work tables of run " + run.runId() + " were dropped; only the last "
                    + CampaignService.RUNS_KEPT_FOR_PREVIEW + " runs of a campaign keep them. Run the campaign again to preview it");
        }
        Entity entity = model.entity(activity.dimension()).orElseThrow(() -> new BatonException(ErrorCode.INVALID_DATA_MODEL,
                "the data model no longer has entity '" + activity.dimension() + "' that run " + run.runId() + " used"));
        return select(engine, run, activity, output, entity, limit);
    }

    /** Name and SQL type of each work table column that is not a key of {@code entity}, in table order. */
    private static List<String[]> extraColumns(Engine engine, TableName table, Entity entity) {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = engine.connection().prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table.schema().orElse(engine.defaultSchema()));
            statement.setString(2, table.name());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (!entity.primaryKey().contains(result.getString(1))) {
                        columns.add(new String[] {result.getString(1), result.getString(2).toLowerCase(java.util.Locale.ROOT)});
                    }
                }
            }
            return columns;
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot read the columns of work table " + table + ": " + e.getMessage(), e);
        }
    }

    private static Preview select(Engine engine, RunResult run, ActivityResult activity, OutputResult output, Entity entity, int limit) {
        DSLContext context = DSL.using(engine.dialect().jooq());
        List<SelectField<?>> fields = new ArrayList<>();
        List<PreviewColumn> columns = new ArrayList<>();
        List<Field<?>> keys = new ArrayList<>();
        Condition join = DSL.noCondition();
        for (Attribute key : entity.primaryKeyAttributes()) {
            Field<?> keyField = DSL.field(DSL.name("w", key.name()));
            keys.add(keyField);
            fields.add(keyField);
            columns.add(new PreviewColumn(key.name(), key.type().fileName(), true));
            join = join.and(DSL.field(DSL.name("e", key.column())).eq(keyField));
        }
        // Columns the work table holds beyond the keys: fields read from an audience, and attributes carried for a Save
        // audience (shown once, as the run saw them).
        Set<String> inWorkTable = new HashSet<>();
        for (String[] column : extraColumns(engine, TableName.parse(output.workTable()), entity)) {
            inWorkTable.add(column[0]);
            if (entity.attribute(column[0]).isEmpty()) {
                fields.add(DSL.field(DSL.name("w", column[0])));
                columns.add(new PreviewColumn(column[0], column[1], true));
            }
        }
        for (Attribute attribute : entity.attributes()) {
            if (!entity.primaryKey().contains(attribute.name())) {
                boolean carried = inWorkTable.contains(attribute.name());
                fields.add(carried ? DSL.field(DSL.name("w", attribute.name())) : DSL.field(DSL.name("e", attribute.column())).as(attribute.name()));
                columns.add(new PreviewColumn(attribute.name(), attribute.type().fileName(), carried));
            }
        }
        var query = context.select(fields).from(WorkTables.table(TableName.parse(output.workTable())).as("w"))
                .leftJoin(WorkTables.table(entity.table()).as("e")).on(join)
                .orderBy(keys).limit(DSL.val(limit));
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = engine.connection().prepareStatement(query.getSQL(ParamType.INDEXED))) {
            List<Object> binds = query.getBindValues();
            for (int i = 0; i < binds.size(); i++) {
                statement.setObject(i + 1, binds.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = result.getObject(i);
                        row.add(AudienceService.text(value));
                    }
                    rows.add(row);
                }
            }
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot read work table " + output.workTable() + ": " + e.getMessage(), e);
        }
        return new Preview(run.runId(), activity.id(), output.output(), output.workTable(), entity.name(), output.rows().orElse(0L), columns, rows);
    }
}
