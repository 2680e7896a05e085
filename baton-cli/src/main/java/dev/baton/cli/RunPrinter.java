package dev.baton.cli;

import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.OutputResult;
import dev.baton.engine.run.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a run: one line per activity output with status, time and row count. */
final class RunPrinter {
    private RunPrinter() {}

    static void print(RunResult run, Output output, boolean withSql) {
        long millis = run.finishedAt().map(end -> Duration.between(run.startedAt(), end).toMillis()).orElse(0L);
        output.line("Run " + run.runId() + " of campaign '" + Output.safe(run.campaignId()) + "' (" + run.kind().name().toLowerCase(Locale.ROOT) + " run, "
                + run.dialect() + "): " + run.status().name().toLowerCase(Locale.ROOT) + " in " + millis + " ms");
        output.line("Reference time for relative dates: " + run.referenceTime());
        List<List<String>> rows = new ArrayList<>();
        for (ActivityResult activity : run.activities()) {
            if (activity.outputs().isEmpty()) {
                // A Save audience without outbound transition: what it saved (or would save) stands in for an output.
                rows.add(List.of(activity.id(), activity.type(), status(activity), activity.elapsedMillis() + " ms", "(audience)",
                        java.util.Optional.ofNullable(activity.metrics().get(dev.baton.engine.run.Metrics.ROWS)).map(RunPrinter::number).orElse("-")));
            }
            for (int i = 0; i < activity.outputs().size(); i++) {
                OutputResult result = activity.outputs().get(i);
                boolean first = i == 0;
                rows.add(List.of(first ? activity.id() : "", first ? activity.type() : "", first ? status(activity) : "",
                        first ? activity.elapsedMillis() + " ms" : "", result.output(), result.rows().map(RunPrinter::number).orElse("-")));
            }
        }
        output.line();
        output.table(List.of("ACTIVITY", "TYPE", "STATUS", "TIME", "OUTPUT", "ROWS"), rows, "  ");
        for (ActivityResult activity : run.activities()) {
            if (activity.reason().isPresent()) {
                output.line("  " + activity.id() + ": " + Output.safe(activity.reason().get()));
            }
            else if (!activity.metrics().isEmpty()) {
                output.line("  " + activity.id() + ": " + String.join(", ", activity.metrics().entrySet().stream()
                        .map(metric -> metric.getKey() + " " + number(metric.getValue())).toList()));
            }
        }
        run.error().ifPresent(error -> output.line("Error: " + Output.safe(error)));
        if (withSql) {
            for (ActivityResult activity : run.activities()) {
                for (OutputResult result : activity.outputs()) {
                    output.line();
                    output.line("-- " + activity.id() + "." + result.output() + " -> " + result.workTable());
                    output.line(result.sql().stripTrailing());
                }
            }
        }
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String status(ActivityResult activity) {
        return activity.status().name().toLowerCase(Locale.ROOT);
    }
}
