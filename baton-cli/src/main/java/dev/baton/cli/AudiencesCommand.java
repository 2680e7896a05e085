package dev.baton.cli;

import dev.baton.compiler.catalog.StoredField;
import dev.baton.engine.audience.AudienceContent;
import dev.baton.engine.audience.AudienceDiff;
import dev.baton.engine.audience.SavedAudience;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audiences", description = "Saved audiences: list, detail, content, export, differences between versions.",
        subcommands = {AudiencesCommand.List.class, AudiencesCommand.Show.class, AudiencesCommand.Content.class, AudiencesCommand.Export.class,
                AudiencesCommand.Diff.class})
final class AudiencesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "Every saved audience: size, distinct profiles, target dimension, owner, current version.")
    static final class List extends BaseCommand {
        @Override
        int run(Output output) {
            java.util.List<SavedAudience> audiences = audiences().list(workspace);
            if (output.json()) {
                output.json("audiences", audiences);
                return 0;
            }
            if (audiences.isEmpty()) {
                output.line("No saved audiences. A published campaign's Save audience activity saves one when it runs.");
                return 0;
            }
            output.table(java.util.List.of("LABEL", "ROWS", "PROFILES", "TARGET DIMENSION", "CAMPAIGN / ACTIVITY", "VERSION", "SAVED AT"),
                    audiences.stream().map(audience -> java.util.List.of(Output.cut(Output.safe(audience.label()), 40),
                            audience.current().map(version -> RunPrinter.number(version.rows())).orElse("-"),
                            audience.current().map(version -> RunPrinter.number(version.distinctProfiles())).orElse("-"),
                            Output.safe(audience.targetDimension()),
                            Output.cut(Output.safe(audience.campaignId() + " / " + audience.activityId()), 50),
                            audience.current().map(version -> "v" + version.version()).orElse("-"),
                            audience.current().map(version -> version.savedAt().toString()).orElse("-"))).toList(), "");
            return 0;
        }
    }

    @Command(name = "show", description = "One audience: fields, kept versions, owning campaign and activity, campaigns that read it.")
    static final class Show extends BaseCommand {
        @Parameters(paramLabel = "LABEL", description = "Audience label (compared trimmed, ignoring case).")
        String label;

        @Override
        int run(Output output) {
            SavedAudience audience = audiences().show(workspace, label);
            if (output.json()) {
                output.json("audience", audience);
                return 0;
            }
            output.line("Audience '" + Output.safe(audience.label()) + "'");
            output.line("  Owner:            campaign '" + Output.safe(audience.campaignId()) + "', activity '" + Output.safe(audience.activityId()) + "'");
            output.line("  Target dimension: " + Output.safe(audience.targetDimension()) + " (entity " + Output.safe(audience.entity()) + ", identity "
                    + Output.safe(audience.identityNamespace()) + ")");
            audience.current().ifPresent(current -> {
                output.line("  Current version:  v" + current.version() + ", saved " + current.savedAt() + " by run " + current.runId());
                output.line("  Rows:             " + RunPrinter.number(current.rows()) + ", distinct profiles " + RunPrinter.number(current.distinctProfiles())
                        + ", left out for an empty identity " + RunPrinter.number(current.skippedEmptyIdentity()));
            });
            output.line("  Created:          " + audience.createdAt());
            output.line("  Read by:          " + (audience.readBy().isEmpty() ? "no campaign yet" : String.join(", ", audience.readBy().stream().map(Output::safe).toList())));
            output.line();
            output.line("Fields:");
            output.table(java.util.List.of("NAME", "TYPE", "ROLE"), audience.fields().stream().map(field -> java.util.List.of(Output.safe(field.name()),
                    field.type().fileName(), role(field))).toList(), "  ");
            output.line();
            output.line("Versions kept (newest first; the last " + dev.baton.engine.audience.AudienceRegistry.DEFAULT_VERSIONS_KEPT + " are kept):");
            output.table(java.util.List.of("VERSION", "ROWS", "PROFILES", "SKIPPED", "SAVED AT", "RUN", "TABLE"), audience.versions().stream()
                    .map(version -> java.util.List.of("v" + version.version(), RunPrinter.number(version.rows()), RunPrinter.number(version.distinctProfiles()),
                            RunPrinter.number(version.skippedEmptyIdentity()), version.savedAt().toString(), String.valueOf(version.runId()), version.table()))
                    .toList(), "  ");
            return 0;
        }
    }

    @Command(name = "content", description = "Rows of a version (the current one by default), in identity then source-key order.")
    static final class Content extends BaseCommand {
        @Parameters(paramLabel = "LABEL", description = "Audience label.")
        String label;

        @Option(names = "--version", paramLabel = "V", description = "Version number (default: the current one).")
        Integer version;

        @Option(names = "--offset", paramLabel = "N", description = "Rows to skip (default: ${DEFAULT-VALUE}).")
        long offset = 0;

        @Option(names = "--limit", paramLabel = "N", description = "Rows to show (default: ${DEFAULT-VALUE}).")
        int limit = 20;

        @Override
        int run(Output output) {
            AudienceContent content = audiences().content(workspace, label, Optional.ofNullable(version), offset, limit);
            if (output.json()) {
                output.json("audienceContent", content);
                return 0;
            }
            String range = content.rows().isEmpty() ? "no rows" : "rows " + RunPrinter.number(content.offset() + 1) + " to "
                    + RunPrinter.number(content.offset() + content.rows().size());
            output.line("Audience '" + Output.safe(content.label()) + "' v" + content.version() + ": " + range + " of " + RunPrinter.number(content.totalRows()));
            output.table(content.columns().stream().map(AudienceContent.ContentColumn::name).map(Output::safe).toList(),
                    content.rows().stream().map(row -> row.stream().map(cell -> Output.cut(cell, 40)).toList()).toList(), "  ");
            return 0;
        }
    }

    @Command(name = "export", description = "Write a version's rows (the current one by default) to a CSV or Parquet file, streamed by the database.")
    static final class Export extends BaseCommand {
        @Parameters(paramLabel = "LABEL", description = "Audience label.")
        String label;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv (with a header line) or parquet.")
        String format;

        @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
        Path file;

        @Option(names = "--version", paramLabel = "V", description = "Version number (default: the current one).")
        Integer version;

        @Override
        int run(Output output) {
            Path target = file.toAbsolutePath().normalize();
            long rows = audiences().export(workspace, label, Optional.ofNullable(version), format, target);
            String chosen = format.strip().toLowerCase(Locale.ROOT);
            if (output.json()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("label", label);
                data.put("version", version);
                data.put("format", chosen);
                data.put("output", target.toString());
                data.put("rows", rows);
                output.json("audienceExport", data);
                return 0;
            }
            output.line("Wrote " + RunPrinter.number(rows) + " rows of audience '" + Output.safe(label) + "' "
                    + (version == null ? "(current version)" : "v" + version) + " to " + target + " (" + chosen + ")");
            return 0;
        }
    }

    @Command(name = "diff", description = "Distinct profiles that entered, left and stayed between two versions (default: the previous and the current).")
    static final class Diff extends BaseCommand {
        @Parameters(paramLabel = "LABEL", description = "Audience label.")
        String label;

        @Option(names = "--from", paramLabel = "V", description = "Older version (default: the one before --to).")
        Integer from;

        @Option(names = "--to", paramLabel = "V", description = "Newer version (default: the current one).")
        Integer to;

        @Override
        int run(Output output) {
            AudienceDiff diff = audiences().diff(workspace, label, Optional.ofNullable(from), Optional.ofNullable(to));
            if (output.json()) {
                output.json("audienceDiff", diff);
                return 0;
            }
            output.line("Audience '" + Output.safe(diff.label()) + "', v" + diff.fromVersion() + " (" + RunPrinter.number(diff.fromProfiles())
                    + " profiles) to v" + diff.toVersion() + " (" + RunPrinter.number(diff.toProfiles()) + " profiles):");
            output.table(java.util.List.of("CHANGE", "PROFILES"), java.util.List.of(
                    java.util.List.of("entered", RunPrinter.number(diff.entered())),
                    java.util.List.of("left", RunPrinter.number(diff.left())),
                    java.util.List.of("stayed", RunPrinter.number(diff.stayed()))), "  ");
            return 0;
        }
    }

    static String role(StoredField field) {
        return switch (field.role()) {
            case IDENTITY -> "identity";
            case SOURCE_KEY -> "source key";
            case MAPPED -> "mapped";
        };
    }
}
