package dev.baton.cli;

import dev.baton.engine.run.RunResult;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "runs", description = "List runs and show one.", subcommands = {RunsCommand.List.class, RunsCommand.Show.class})
final class RunsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "The latest runs, newest first.")
    static final class List extends BaseCommand {
        @Option(names = "--campaign", paramLabel = "ID", description = "Only runs of this campaign.")
        String campaign;

        @Option(names = "--limit", paramLabel = "N", description = "How many (default: ${DEFAULT-VALUE}).")
        int limit = 20;

        @Override
        int run(Output output) {
            java.util.List<RunResult> runs = service().runs(workspace, Optional.ofNullable(campaign), Math.max(1, limit));
            if (output.json()) {
                output.json("runs", runs);
                return 0;
            }
            output.table(java.util.List.of("RUN", "CAMPAIGN", "KIND", "STATUS", "STARTED", "TIME", "REFERENCE TIME"), runs.stream().map(run -> java.util.List.of(
                    String.valueOf(run.runId()), Output.safe(run.campaignId()), run.kind().name().toLowerCase(Locale.ROOT), run.status().name().toLowerCase(Locale.ROOT),
                    run.startedAt().toString(), run.finishedAt().map(end -> Duration.between(run.startedAt(), end).toMillis() + " ms").orElse("-"),
                    run.referenceTime().toString())).toList(), "");
            return 0;
        }
    }

    @Command(name = "show", description = "One run: per activity its status, time, counts and (with --sql) the SQL that ran.")
    static final class Show extends BaseCommand {
        @Parameters(paramLabel = "RUN", description = "Run number.")
        long run;

        @Option(names = "--sql", description = "Also print the SQL of every output.")
        boolean sql;

        @Override
        int run(Output output) {
            RunResult result = service().run(workspace, run);
            if (output.json()) {
                output.json("run", result);
            }
            else {
                RunPrinter.print(result, output, sql);
            }
            return 0;
        }
    }
}
