package dev.baton.cli;

import dev.baton.compiler.CompiledCampaign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compile", description = "Print the plan and the SQL of every activity output, without touching data.")
final class CompileCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE-OR-CAMPAIGN", description = "A campaign file, or the id of a campaign in the workspace.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Reference time for relative dates (default: now).")
    String asOf;

    @Option(names = "--plan", description = "Print the relational plan before the SQL.")
    boolean plan;

    @Override
    int run(Output output) {
        CompiledCampaign compiled = service().compile(workspace, campaign, AsOf.parse(asOf));
        if (output.json()) {
            output.json("compiled-campaign", new CompiledView(compiled));
            return 0;
        }
        if (plan) {
            output.line("-- plan");
            compiled.plan().lines().forEach(line -> output.line("-- " + line));
            output.line();
        }
        output.line(compiled.sqlScript().stripTrailing());
        return 0;
    }

    /** The JSON shape: what users need, not the compiler's internals. */
    record CompiledView(String campaign, String dialect, java.time.Instant referenceTime, String plan, java.util.List<ActivityView> activities) {
        CompiledView(CompiledCampaign compiled) {
            this(compiled.campaign().id(), compiled.dialect().fileName(), compiled.referenceTime(), compiled.plan(),
                    compiled.activities().stream().map(activity -> new ActivityView(activity.id(), activity.type(), activity.dimension(),
                            activity.inputs().stream().map(input -> input.describe()).toList(),
                            activity.outputs().stream().map(out -> new OutputView(out.output(), out.workTable().toString(), out.rowType().names(),
                                    out.statement().sql(), out.statement().binds().stream().map(String::valueOf).toList())).toList())).toList());
        }
    }

    record ActivityView(String id, String type, String dimension, java.util.List<String> inputs, java.util.List<OutputView> outputs) {}

    record OutputView(String output, String workTable, java.util.List<String> columns, String sql, java.util.List<String> binds) {}
}
