package dev.baton.cli;

import dev.baton.engine.lifecycle.ApplyResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "apply", description = "Record a campaign file in the workspace: a new campaign becomes a draft, a draft is replaced,"
        + " a live campaign gets a new draft version (the live one keeps running).")
final class ApplyCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "A campaign file (.yaml, .yml or .json).")
    Path file;

    @Override
    int run(Output output) {
        ApplyResult result = lifecycle().apply(workspace, file);
        if (output.json()) {
            output.json("apply", result);
            return 0;
        }
        String id = result.campaignId();
        String live = result.liveVersion().filter(version -> version != result.version()).map(version -> "; version " + version + " stays live").orElse("");
        output.line(switch (result.outcome()) {
            case CREATED -> "Created campaign " + id + ": version 1, draft";
            case UPDATED -> "Updated campaign " + id + ": draft version " + result.version() + " replaced" + live;
            case NEW_VERSION -> "Campaign " + id + ": new draft version " + result.version() + live;
            case UNCHANGED -> "Campaign " + id + " unchanged: version " + result.version() + " (" + result.status().label() + ") has this text already";
        });
        return 0;
    }
}
