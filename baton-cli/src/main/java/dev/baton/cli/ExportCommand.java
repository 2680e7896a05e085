package dev.baton.cli;

import dev.baton.engine.lifecycle.CampaignVersion;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Print a campaign's file exactly as it was applied (the latest version, or --version N), or write it to --output FILE.")
final class ExportCommand extends BaseCommand {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
    String campaign;

    @Option(names = "--version", paramLabel = "N", description = "Which version (default: the latest).")
    Integer version;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the text to this file (replacing it) instead of printing it.")
    Path file;

    @Override
    int run(Output output) {
        CampaignVersion exported = lifecycle().version(workspace, campaign, Optional.ofNullable(version));
        if (file != null) {
            write(file, exported.definition());
        }
        if (output.json()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("campaignId", exported.campaignId());
            data.put("version", exported.version());
            data.put("status", exported.status());
            data.put("format", exported.format());
            data.put("fileName", exported.fileName());
            data.put("output", Optional.ofNullable(file).map(Path::toString));
            data.put("definition", exported.definition());
            output.json("export", data);
        }
        else if (file != null) {
            output.line("Wrote campaign " + exported.campaignId() + " version " + exported.version() + " (" + exported.status().label() + ", "
                    + exported.format() + ") to " + Output.safe(file.toString()));
        }
        else {
            // Byte for byte as applied: no line end added.
            PrintWriter out = spec.commandLine().getOut();
            out.print(exported.definition());
            out.flush();
        }
        return 0;
    }

    private static void write(Path file, String text) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "cannot write " + Text.quoteForMessage(file.toString()) + ": there is no folder "
                    + Text.quoteForMessage(parent.toString()));
        }
        if (Files.isDirectory(file)) {
            throw new BatonException(ErrorCode.INVALID_ARGUMENT, "cannot write " + Text.quoteForMessage(file.toString()) + ": it is a folder; give a file name");
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot write " + Text.quoteForMessage(file.toString()) + ": " + e.getMessage(), e);
        }
    }
}
