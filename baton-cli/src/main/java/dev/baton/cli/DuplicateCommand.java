package dev.baton.cli;

import dev.baton.engine.lifecycle.ApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "duplicate", description = "Copy a campaign's latest version into a new draft campaign with another id (how a stopped campaign runs again).")
final class DuplicateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "CAMPAIGN", description = "The campaign to copy.")
    String campaign;

    @Parameters(index = "1", paramLabel = "NEW-ID", description = "The id of the copy.")
    String newId;

    @Override
    int run(Output output) {
        ApplyResult result = lifecycle().duplicate(workspace, campaign, newId);
        if (output.json()) {
            output.json("apply", result);
            return 0;
        }
        output.line("Created campaign " + result.campaignId() + ", a copy of " + campaign + ": version 1, draft");
        output.line("Get its file with: baton export " + result.campaignId() + " --output FILE");
        return 0;
    }
}
