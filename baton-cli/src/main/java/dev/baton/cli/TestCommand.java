package dev.baton.cli;

import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = "Test-run a campaign: materialise every transition in the work schema and print the counts.")
final class TestCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE-OR-CAMPAIGN", description = "A campaign file, or the id of a campaign in the workspace.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Reference time for relative dates (default: the run's start).")
    String asOf;

    @Override
    int run(Output output) {
        RunResult run = service().testRun(workspace, campaign, AsOf.parse(asOf));
        if (output.json()) {
            output.json("run", run);
        }
        else {
            RunPrinter.print(run, output, false);
            output.line();
            output.line("Preview a transition: baton preview " + run.runId() + " ACTIVITY [--output NAME] [--limit N]");
        }
        return run.status() == RunStatus.SUCCEEDED ? 0 : Main.EXIT_EXTERNAL;
    }
}
