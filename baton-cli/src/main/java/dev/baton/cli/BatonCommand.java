package dev.baton.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only groups the others. */
@Command(name = "baton", mixinStandardHelpOptions = true, versionProvider = BatonCommand.Version.class,
        description = "Orchestrated marketing campaigns compiled to SQL and run inside your database.",
        subcommands = {DemoCommand.class, ValidateCommand.class, CheckModelCommand.class, CompileCommand.class, TestCommand.class,
                PreviewCommand.class, RunsCommand.class, PublishCommand.class, LiveRunCommand.class,
                ApplyCommand.class, ExportCommand.class, CampaignsCommand.class, DuplicateCommand.class, StopCommand.class, ArchiveCommand.class,
                AudiencesCommand.class, BenchCommand.class})
final class BatonCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BatonCommand.class.getPackage().getImplementationVersion();
            return new String[] {"baton " + (version == null ? "development build" : version)};
        }
    }
}
