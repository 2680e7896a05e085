package dev.baton.cli;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorType;
import java.io.PrintWriter;
import java.time.InstantSource;
import picocli.CommandLine;

/** Entry point. {@link #execute} never calls {@code System.exit}, so tests run commands in process. */
public final class Main {
    static final int EXIT_USER = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_EXTERNAL = 3;
    static final int EXIT_INTERNAL = 70;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, InstantSource.system()));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, InstantSource clock) {
        CommandLine commandLine = commandLine(Services.create(clock), out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Services services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BatonCommand(), new CommandFactory(services, out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Main::exitCode);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            boolean json = parseResult.asCommandLineList().stream().anyMatch(command -> command.getParseResult().hasMatchedOption("--json"));
            Output output = new Output(out, err, json);
            output.error(exception);
            return exitCode(exception);
        });
        return commandLine;
    }

    /** The one mapping from errors to exit codes. */
    static int exitCode(Throwable exception) {
        if (exception instanceof BatonException baton) {
            return switch (baton.code().type()) {
                case USER -> EXIT_USER;
                case EXTERNAL -> EXIT_EXTERNAL;
                case INTERNAL -> EXIT_INTERNAL;
            };
        }
        if (exception instanceof CommandLine.ParameterException) {
            return EXIT_USAGE;
        }
        return EXIT_INTERNAL;
    }

    static ErrorType type(Throwable exception) {
        return exception instanceof BatonException baton ? baton.code().type() : ErrorType.INTERNAL;
    }

    /** Creates commands with the service and output they need. */
    private record CommandFactory(Services services, PrintWriter out, PrintWriter err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (BaseCommand.class.isAssignableFrom(type)) {
                K command = type.getDeclaredConstructor().newInstance();
                ((BaseCommand) command).bind(services, out, err);
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
