package dev.baton.engine;

import dev.baton.demo.DemoData;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceConfig;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lays out the files of a demo workspace. A folder made by an earlier demo (it has the marker file) is made anew. */
final class DemoWorkspace {
    static final String MARKER = ".baton-demo";
    static final String SEED_CAMPAIGN = "recent-bookers";
    static final List<String> CAMPAIGNS_BEFORE_PUBLISH = List.of("recent-bookers.yaml", "europe-beach-opted-in.yaml");
    /** Reads the audience the seed example saves, so it is applied once that audience exists. */
    static final List<String> CAMPAIGNS_AFTER_PUBLISH = List.of("recent-purchasers-refined.yaml");
    static final List<String> CAMPAIGNS = java.util.stream.Stream.concat(CAMPAIGNS_BEFORE_PUBLISH.stream(), CAMPAIGNS_AFTER_PUBLISH.stream()).toList();

    private DemoWorkspace() {}

    static Workspace prepare(Path directory) {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, directory + " exists and is not a folder");
            }
            if (Files.isDirectory(directory) && !Files.exists(directory.resolve(MARKER)) && !isEmpty(directory)) {
                throw new BatonException(ErrorCode.INVALID_ARGUMENT, directory.toAbsolutePath().normalize()
                        + " is not empty and was not made by 'baton demo'; choose a new folder with --workspace");
            }
            WorkspaceConfig config = WorkspaceConfig.defaults();
            Files.createDirectories(directory.resolve(config.campaigns()));
            Files.deleteIfExists(directory.resolve(config.database()));
            Files.deleteIfExists(directory.resolve(config.database() + ".wal"));
            Files.writeString(directory.resolve(MARKER), "This folder was made by 'baton demo'; running it again makes it anew.\n", StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(WorkspaceConfig.FILE_NAME), config.toYaml(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(config.dataModel()), DemoData.dataModelYaml(), StandardCharsets.UTF_8);
            for (String campaign : CAMPAIGNS) {
                Files.writeString(directory.resolve(config.campaigns()).resolve(campaign), resource("dev/baton/demo/campaigns/" + campaign), StandardCharsets.UTF_8);
            }
            return Workspace.open(directory);
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot write the demo workspace " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
