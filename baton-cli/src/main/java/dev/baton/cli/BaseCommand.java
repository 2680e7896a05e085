package dev.baton.cli;

import dev.baton.engine.CampaignService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** Options every command takes, and access to the service and the output. */
abstract class BaseCommand implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder (default: the current directory).")
    Path workspace = Path.of(".");

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    private CampaignService service;
    private PrintWriter out;
    private PrintWriter err;

    final void bind(CampaignService campaignService, PrintWriter writer, PrintWriter errors) {
        this.service = campaignService;
        this.out = writer;
        this.err = errors;
    }

    final CampaignService service() {
        return service;
    }

    final Output output() {
        return new Output(out, err, json);
    }

    @Override
    public final Integer call() {
        return run(output());
    }

    /** Does the work; returns the exit code. Errors are thrown, and mapped in {@link Main}. */
    abstract int run(Output output);
}
