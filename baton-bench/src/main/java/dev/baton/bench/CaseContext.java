package dev.baton.bench;

import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.audience.AudienceVersion;
import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.RunResult;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One scale's workspace as the cases see it.
 *
 * @param referenceTime the reference time of every Baton run; the hand-written SQL uses the same dates
 */
record CaseContext(Path workspace, Instant referenceTime, HandSql hand, AudienceService audiences) {
    /** The reference day, as Baton evaluates relative dates on date attributes. */
    LocalDate day() {
        return LocalDate.ofInstant(referenceTime, ZoneOffset.UTC);
    }

    /** A date literal. */
    static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** The quoted name of the current version's table of a saved audience. */
    String audienceTable(String label) {
        AudienceVersion current = audiences.show(workspace, label).current()
                .orElseThrow(() -> new BatonException(ErrorCode.INTERNAL, "audience '" + label + "' has no current version"));
        return quote(TableName.parse(current.table()));
    }

    /** The quoted name of an activity's first output work table in a run. */
    static String workTable(RunResult run, String activity) {
        ActivityResult result = run.activity(activity)
                .orElseThrow(() -> new BatonException(ErrorCode.INTERNAL, "run " + run.runId() + " has no activity " + activity));
        return quote(TableName.parse(result.outputs().getFirst().workTable()));
    }

    /** A figure of an activity in a run (a Save audience's rows, …). */
    static long metric(RunResult run, String activity, String name) {
        return Optional.ofNullable(run.activity(activity).orElseThrow().metrics().get(name))
                .orElseThrow(() -> new BatonException(ErrorCode.INTERNAL, "activity " + activity + " of run " + run.runId() + " reports no " + name));
    }

    static String quote(TableName table) {
        return table.schema().map(schema -> identifier(schema) + ".").orElse("") + identifier(table.name());
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
