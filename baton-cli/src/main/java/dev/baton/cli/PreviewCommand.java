package dev.baton.cli;

import dev.baton.engine.Preview;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "preview", description = "Show the schema and first rows of an activity's output in a run.")
final class PreviewCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "RUN", description = "Run number (see 'baton runs list').")
    long run;

    @Parameters(index = "1", paramLabel = "ACTIVITY", description = "Activity id.")
    String activity;

    @Option(names = "--output", paramLabel = "NAME", description = "Which output of the activity (default: ${DEFAULT-VALUE}).")
    String outputName = "out";

    @Option(names = "--limit", paramLabel = "N", description = "Rows to show (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    int run(Output output) {
        Preview preview = service().preview(workspace, run, activity, outputName, limit);
        if (output.json()) {
            output.json("preview", preview);
            return 0;
        }
        output.line("Run " + preview.runId() + ", " + preview.activity() + "." + preview.output() + ": " + RunPrinter.number(preview.totalRows())
                + " rows of " + preview.dimension() + " in work table " + preview.workTable());
        output.line("Schema of the work table:");
        preview.columns().stream().filter(Preview.PreviewColumn::inWorkTable).forEach(column -> output.line("  " + column.name() + "  " + column.type()));
        output.line();
        output.line("First " + preview.rows().size() + " rows (key order), with the attributes of " + preview.dimension() + ":");
        List<String> header = preview.columns().stream().map(Preview.PreviewColumn::name).toList();
        List<List<String>> rows = preview.rows().stream().map(row -> row.stream().map(cell -> Output.cut(cell, 40)).toList()).toList();
        output.table(header, rows, "  ");
        return 0;
    }
}
