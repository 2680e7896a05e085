package dev.baton.cli;

import dev.baton.engine.DemoResult;
import dev.baton.engine.audience.AudienceContent;
import dev.baton.engine.audience.SavedAudience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Create a demo workspace (travel-company data in embedded DuckDB, demo campaigns), publish the seed example and show the audience it saves.")
final class DemoCommand extends BaseCommand {
    @Option(names = "--recipients", paramLabel = "N", description = "Number of recipients; bookings are about 10 x N (default: ${DEFAULT-VALUE}).")
    long recipients = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--no-run", description = "Only create the workspace; do not apply or publish the campaigns.")
    boolean noRun;


    @Override
    int run(Output output) {
        output.progress("Generating " + RunPrinter.number(recipients) + " recipients and about " + RunPrinter.number(recipients * 10) + " bookings in "
                + workspace + " ...");
        DemoResult result = service().createDemo(workspace, recipients, seed, !noRun);
        if (output.json()) {
            output.json("demo", result);
            return 0;
        }
        output.line("Demo workspace " + result.workspace() + " (seed " + result.seed() + ", data relative to " + result.today() + ")");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> table : result.rows().entrySet()) {
            rows.add(List.of("crm." + table.getKey(), RunPrinter.number(table.getValue())));
        }
        output.table(List.of("TABLE", "ROWS"), rows, "  ");
        output.line("Loaded in " + result.loadMillis() + " ms.");
        result.run().ifPresent(run -> {
            output.line();
            RunPrinter.print(run, output, false);
            if (run.status() == dev.baton.engine.run.RunStatus.SUCCEEDED) {
                printAudience(output);
            }
            output.line();
            output.line("Next: baton audiences show 'Recent purchasers' --workspace " + workspace + "   |   baton test recent-purchasers-refined --workspace "
                    + workspace + "   |   baton compile recent-bookers --workspace " + workspace);
        });
        return result.run().map(run -> run.status() == dev.baton.engine.run.RunStatus.SUCCEEDED ? 0 : Main.EXIT_EXTERNAL).orElse(0);
    }

    /** The audience the seed example saved: its size and first rows. */
    private void printAudience(Output output) {
        SavedAudience audience = audiences().show(workspace, DemoResult.SEED_AUDIENCE);
        AudienceContent content = audiences().content(workspace, DemoResult.SEED_AUDIENCE, Optional.empty(), 0, 5);
        output.line();
        audience.current().ifPresent(version -> output.line("Audience '" + audience.label() + "' version " + version.version() + ": "
                + RunPrinter.number(version.rows()) + " rows, " + RunPrinter.number(version.distinctProfiles()) + " distinct profiles, mapped on "
                + audience.targetDimension()));
        output.table(content.columns().stream().map(AudienceContent.ContentColumn::name).toList(), content.rows(), "  ");
    }
}
