package dev.baton.cli;

import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", description = "Publish the draft of an applied campaign: freeze and validate it, reserve its audience labels, make it live and run it (Save audience saves).")
final class PublishCommand extends BaseCommand {
    @Parameters(paramLabel = "CAMPAIGN", description = "The id of an applied campaign whose latest version is a draft.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Reference time for relative dates (default: the run's start).")
    String asOf;

    @Override
    int run(Output output) {
        RunResult run = service().publish(workspace, campaign, AsOf.parse(asOf));
        LiveRunCommand.print(run, output);
        return run.status() == RunStatus.SUCCEEDED ? 0 : Main.EXIT_EXTERNAL;
    }
}
