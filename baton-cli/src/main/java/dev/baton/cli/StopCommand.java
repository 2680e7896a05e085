package dev.baton.cli;

import dev.baton.engine.lifecycle.CampaignSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stop", description = "Stop a live campaign for good; a stopped campaign cannot restart (duplicate it instead).")
final class StopCommand extends BaseCommand {
    @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
    String campaign;

    @Override
    int run(Output output) {
        CampaignSummary stopped = lifecycle().stop(workspace, campaign);
        if (output.json()) {
            output.json("campaign", stopped);
            return 0;
        }
        output.line("Stopped campaign " + stopped.id() + "; it cannot restart. To run it again: baton duplicate " + stopped.id() + " NEW-ID");
        return 0;
    }
}
