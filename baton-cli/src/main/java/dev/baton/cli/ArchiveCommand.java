package dev.baton.cli;

import dev.baton.engine.lifecycle.CampaignSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "archive", description = "Archive a completed, stopped or draft campaign; a live one must be stopped first.")
final class ArchiveCommand extends BaseCommand {
    @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
    String campaign;

    @Override
    int run(Output output) {
        CampaignSummary archived = lifecycle().archive(workspace, campaign);
        if (output.json()) {
            output.json("campaign", archived);
            return 0;
        }
        output.line("Archived campaign " + archived.id());
        return 0;
    }
}
