package dev.baton.engine;

import dev.baton.engine.run.WorkTables;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.store.RunLog;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Drops the work tables of a campaign's older runs; their records stay in the run log. */
final class RunRetention {
    private RunRetention() {}

    static void dropOldWorkTables(Engine engine, RunLog log, String campaignId, int keep) {
        List<Long> runs = log.runsWithWorkTables(campaignId);
        for (long runId : runs.subList(Math.min(keep, runs.size()), runs.size())) {
            try (Statement statement = engine.connection().createStatement()) {
                for (String table : log.workTables(runId)) {
                    statement.execute(WorkTables.drop(engine.dialect(), TableName.parse(table)));
                }
            }
            catch (SQLException e) {
                throw new BatonException(ErrorCode.SQL_FAILED, "cannot drop the work tables of run " + runId + ": " + e.getMessage(), e);
            }
            log.markWorkTablesDropped(runId);
        }
    }
}
