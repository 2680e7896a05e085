package dev.baton.cli;

import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run the live version of a published campaign again, as its schedule would; its Save audience activities overwrite their audiences.")
final class LiveRunCommand extends BaseCommand {
    @Parameters(paramLabel = "CAMPAIGN", description = "The id of a published campaign.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Reference time for relative dates (default: the run's start).")
    String asOf;

    @Override
    int run(Output output) {
        RunResult run = service().liveRun(workspace, campaign, AsOf.parse(asOf));
        print(run, output);
        return run.status() == RunStatus.SUCCEEDED ? 0 : Main.EXIT_EXTERNAL;
    }

    static void print(RunResult run, Output output) {
        if (output.json()) {
            output.json("run", run);
            return;
        }
        RunPrinter.print(run, output, false);
        output.line();
        output.line("Saved audiences: baton audiences list   |   the run: baton runs show " + run.runId());
    }
}
