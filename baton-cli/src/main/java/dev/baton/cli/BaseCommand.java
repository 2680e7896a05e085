package dev.baton.cli;

import dev.baton.engine.CampaignService;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.lifecycle.LifecycleService;
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

    private Services services;
    private PrintWriter out;
    private PrintWriter err;

    final void bind(Services engineServices, PrintWriter writer, PrintWriter errors) {
        this.services = engineServices;
        this.out = writer;
        this.err = errors;
    }

    final CampaignService service() {
        return services.campaigns();
    }

    final LifecycleService lifecycle() {
        return services.lifecycle();
    }

    final AudienceService audiences() {
        return services.audiences();
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
