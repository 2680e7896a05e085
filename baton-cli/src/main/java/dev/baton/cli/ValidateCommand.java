package dev.baton.cli;

import dev.baton.engine.ValidationReport;
import dev.baton.model.diagnostic.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check a campaign file against the data model and report every problem, each with a stable code.")
final class ValidateCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE-OR-CAMPAIGN", description = "A campaign file, or the id of a campaign in the workspace.")
    String campaign;

    @Override
    int run(Output output) {
        ValidationReport report = service().validate(workspace, campaign);
        if (output.json()) {
            output.json("validation", report);
        }
        else if (report.valid()) {
            output.line(report.file() + ": valid");
        }
        else {
            for (Diagnostic diagnostic : report.diagnostics()) {
                output.line(report.file() + ": " + Output.safe(diagnostic.describe()));
            }
            output.line(report.diagnostics().size() + " problem" + (report.diagnostics().size() == 1 ? "" : "s"));
        }
        return report.valid() ? 0 : Main.EXIT_USER;
    }
}
