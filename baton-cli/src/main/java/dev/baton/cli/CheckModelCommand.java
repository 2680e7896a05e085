package dev.baton.cli;

import dev.baton.model.diagnostic.Diagnostic;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check-model", description = "Check the workspace's data model file, and its tables and columns against the database.")
final class CheckModelCommand extends BaseCommand {
    @Override
    int run(Output output) {
        List<Diagnostic> problems = service().checkModel(workspace);
        if (output.json()) {
            output.json("model-check", problems);
        }
        else if (problems.isEmpty()) {
            output.line("data model: valid, and it matches the database");
        }
        else {
            problems.forEach(problem -> output.line("data model: " + Output.safe(problem.describe())));
            output.line(problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        }
        return problems.isEmpty() ? 0 : Main.EXIT_USER;
    }
}
