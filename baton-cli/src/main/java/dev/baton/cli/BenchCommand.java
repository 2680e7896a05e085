package dev.baton.cli;

import dev.baton.bench.Bench;
import dev.baton.bench.BenchCase;
import dev.baton.bench.BenchOptions;
import dev.baton.bench.BenchReport;
import dev.baton.bench.BenchReportWriter;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {"Benchmark Baton against hand-written SQL on generated demo data and write a Markdown report.",
        "For each scale: a fresh demo workspace (generation timed apart), then each case run alternately through Baton and as hand-written SQL on the"
                + " same DuckDB file, results compared in the database before any time is reported. See docs/benchmarks.md.",
        "--workspace DIR: the folder where the workspaces bench-<N> are made and kept; without it, a temporary folder deleted at the end."})
final class BenchCommand extends BaseCommand {
    @Option(names = "--scales", split = ",", paramLabel = "N[:CASE+CASE][,...]", defaultValue = "100000,1000000",
            description = {"Numbers of recipients, one fresh workspace each; bookings are 10 x N (default: ${DEFAULT-VALUE}).",
                    "A scale may name its own cases, e.g. 10000000:seed+refine+tiers; otherwise it runs those of --cases."})
    List<String> scales;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_REPETITIONS,
            description = "Measured Baton / hand-written pairs per case, after one warm-up pair (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "docs/benchmarks.md",
            description = "The Markdown report; the results go between its baton-bench markers, the text around them is kept (default: ${DEFAULT-VALUE}).")
    Path reportFile;

    @Option(names = "--cases", split = ",", paramLabel = "CASE[,CASE...]", defaultValue = "seed,refine,tiers,overwrite",
            description = "Cases to run, by name or letter: seed (a), tiers (b), refine (c, needs seed), overwrite (d) (default: ${DEFAULT-VALUE}).")
    List<String> cases;

    @Option(names = "--saves", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_SAVES, description = "Live runs of the overwrite case (default: ${DEFAULT-VALUE}).")
    int saves;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + BenchOptions.DEFAULT_SEED, description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-profile", description = "Do not run EXPLAIN ANALYZE on the slowest statements at the largest scale.")
    boolean noProfile;

    @Spec
    CommandSpec spec;

    @Override
    int run(Output output) {
        boolean workspaceGiven = spec.commandLine().getParseResult().hasMatchedOption("--workspace");
        EnumSet<BenchCase> chosen = EnumSet.noneOf(BenchCase.class);
        for (String name : cases) {
            chosen.add(BenchCase.parse(name).orElseThrow(() -> new BatonException(ErrorCode.INVALID_ARGUMENT, "--cases: no case '" + Output.safe(name)
                    + "'; the cases are " + BenchCase.describeAll())));
        }
        List<BenchOptions.Scale> chosenScales = new ArrayList<>();
        try {
            for (String scale : scales) {
                chosenScales.add(BenchOptions.Scale.parse(scale, chosen));
            }
        }
        catch (IllegalArgumentException e) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "--scales: " + e.getMessage(), e);
        }
        Path root;
        try {
            root = workspaceGiven ? Files.createDirectories(workspace) : Files.createTempDirectory("baton-bench-");
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot create the benchmark folder " + workspace + ": " + e.getMessage(), e);
        }
        BenchOptions options;
        try {
            options = new BenchOptions(chosenScales, repetitions, root, seed, saves, !noProfile, command(workspaceGiven));
        }
        catch (IllegalArgumentException e) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report;
        try {
            report = new Bench(service(), lifecycle(), audiences(), line -> {
                err.println("bench: " + line);
                err.flush();
            }).run(options);
        }
        finally {
            if (!workspaceGiven) {
                deleteQuietly(root);
            }
        }
        BenchReportWriter.write(reportFile, report);
        if (output.json()) {
            output.json("bench", report);
            return 0;
        }
        for (BenchReport.ScaleResult scale : report.scales()) {
            output.line(RunPrinter.number(scale.recipients()) + " recipients (" + RunPrinter.number(scale.bookings()) + " bookings): data generated in "
                    + Math.round(scale.generationMillis()) + " ms");
            List<List<String>> rows = new ArrayList<>();
            for (BenchReport.CaseResult result : scale.cases()) {
                rows.add(List.of(result.benchCase().id(), RunPrinter.number(result.resultRows()), RunPrinter.number(Math.round(result.batonMedian())),
                        RunPrinter.number(Math.round(result.handMedian())), String.format(Locale.ROOT, "%.2f", result.ratio())));
            }
            output.table(List.of("CASE", "RESULT ROWS", "BATON MS", "HAND MS", "RATIO"), rows, "  ");
            output.line();
        }
        boolean overwrite = report.scales().stream().anyMatch(scale -> scale.result(BenchCase.OVERWRITE).isPresent());
        output.line("Medians of " + repetitions + " repetitions" + (overwrite ? " (overwrite: of " + saves + " saves)" : "")
                + "; results matched the hand-written SQL in every comparison.");
        output.line("Report: " + reportFile.toAbsolutePath().normalize() + (workspaceGiven ? "; workspaces kept in " + root.toAbsolutePath().normalize() : ""));
        return 0;
    }

    /** The command line as a user would type it, for the report. */
    private String command(boolean workspaceGiven) {
        StringBuilder command = new StringBuilder("./baton bench --scales ").append(String.join(",", scales))
                .append(" --repetitions ").append(repetitions);
        if (saves != BenchOptions.DEFAULT_SAVES) {
            command.append(" --saves ").append(saves);
        }
        if (!String.join(",", cases).equals("seed,refine,tiers,overwrite")) {
            command.append(" --cases ").append(String.join(",", cases));
        }
        if (seed != BenchOptions.DEFAULT_SEED) {
            command.append(" --seed ").append(seed);
        }
        if (noProfile) {
            command.append(" --no-profile");
        }
        if (workspaceGiven) {
            command.append(" --workspace ").append(workspace);
        }
        return command.append(" --output ").append(reportFile).toString();
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
