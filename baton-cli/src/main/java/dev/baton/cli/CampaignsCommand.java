package dev.baton.cli;

import dev.baton.engine.lifecycle.CampaignStatus;
import dev.baton.engine.lifecycle.CampaignSummary;
import dev.baton.engine.lifecycle.VersionSummary;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "campaigns", description = "The campaigns applied to the workspace: list them, show one with its versions, delete a draft.",
        subcommands = {CampaignsCommand.List.class, CampaignsCommand.Show.class, CampaignsCommand.Delete.class})
final class CampaignsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code live}, or {@code live, draft v2} while a draft waits on top of a live version. */
    static String status(CampaignSummary campaign) {
        String status = campaign.status().label();
        if (campaign.status() != CampaignStatus.DRAFT && campaign.draftVersion().isPresent()) {
            status += ", draft v" + campaign.draftVersion().get();
        }
        return status;
    }

    static String time(Optional<Instant> time) {
        return time.map(Instant::toString).orElse("-");
    }

    @Command(name = "list", description = "Every campaign with its status and versions.")
    static final class List extends BaseCommand {
        @Override
        int run(Output output) {
            java.util.List<CampaignSummary> campaigns = lifecycle().list(workspace);
            if (output.json()) {
                output.json("campaigns", campaigns);
                return 0;
            }
            if (campaigns.isEmpty()) {
                output.line("No campaigns yet; record a campaign file with 'baton apply FILE'.");
                return 0;
            }
            output.table(java.util.List.of("CAMPAIGN", "NAME", "STATUS", "VERSIONS", "LIVE", "UPDATED", "LAST RUN"), campaigns.stream().map(campaign -> java.util.List.of(
                    campaign.id(), Output.cut(Output.safe(campaign.name()), 40), status(campaign), String.valueOf(campaign.latestVersion()),
                    campaign.liveVersion().map(String::valueOf).orElse("-"), campaign.updatedAt().toString(),
                    campaign.latestRunId().map(String::valueOf).orElse("-"))).toList(), "");
            return 0;
        }
    }

    @Command(name = "show", description = "One campaign: its status and every version with its status and times.")
    static final class Show extends BaseCommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
        String campaign;

        @Override
        int run(Output output) {
            CampaignSummary summary = lifecycle().show(workspace, campaign);
            if (output.json()) {
                output.json("campaign", summary);
                return 0;
            }
            output.line("Campaign " + summary.id() + ": " + Output.safe(summary.name()));
            output.line("Status: " + status(summary) + "; created " + summary.createdAt() + ", updated " + summary.updatedAt()
                    + "; last run: " + summary.latestRunId().map(String::valueOf).orElse("none"));
            output.line();
            output.table(java.util.List.of("VERSION", "STATUS", "NAME", "FORMAT", "CREATED", "UPDATED", "PUBLISHED", "ENDED", "LAST RUN"),
                    summary.versions().stream().map(version -> java.util.List.of(String.valueOf(version.version()), version.status().label(),
                            Output.cut(Output.safe(version.name()), 40), version.format(), version.createdAt().toString(), version.updatedAt().toString(),
                            time(version.publishedAt()), time(ended(version)), version.latestRunId().map(String::valueOf).orElse("-"))).toList(), "  ");
            return 0;
        }

        private static Optional<Instant> ended(VersionSummary version) {
            return version.completedAt().or(version::stoppedAt).or(version::archivedAt);
        }
    }

    @Command(name = "delete", description = "Delete a campaign that was never published (every version a draft).")
    static final class Delete extends BaseCommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
        String campaign;

        @Override
        int run(Output output) {
            CampaignSummary deleted = lifecycle().delete(workspace, campaign);
            if (output.json()) {
                output.json("deleted", deleted);
                return 0;
            }
            output.line("Deleted campaign " + deleted.id() + " (" + deleted.versions().size() + " draft version" + (deleted.versions().size() == 1 ? "" : "s")
                    + "); its file, if any, is untouched");
            return 0;
        }
    }
}
