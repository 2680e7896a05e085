package dev.baton.engine.workspace;

import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.DataModelReader;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A workspace folder and its settings. Reading files here; nothing here touches the database. */
public record Workspace(Path directory, WorkspaceConfig config) {
    public static Workspace open(Path directory) {
        Path file = directory.resolve(WorkspaceConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BatonException(ErrorCode.WORKSPACE_INVALID, directory.toAbsolutePath().normalize() + " is not a Baton workspace (no "
                    + WorkspaceConfig.FILE_NAME + "); create one with 'baton demo --workspace DIR' or pass --workspace");
        }
        WorkspaceConfig config = WorkspaceConfig.read(read(file)).orThrow(ErrorCode.WORKSPACE_INVALID, file.toString());
        return new Workspace(directory.toAbsolutePath().normalize(), config);
    }

    public Path dataModelFile() {
        return directory.resolve(config.dataModel());
    }

    public Path campaignsDirectory() {
        return directory.resolve(config.campaigns());
    }

    public Checked<DataModel> readDataModel() {
        Path file = dataModelFile();
        return DataModelReader.read(read(file), file.getFileName().toString());
    }

    public DataModel dataModel() {
        return readDataModel().orThrow(ErrorCode.INVALID_DATA_MODEL, "data model " + dataModelFile().getFileName());
    }

    /**
     * A campaign by file path, or by id among the workspace's campaign files.
     */
    public Path campaignFile(String fileOrId) {
        Path asPath = Path.of(fileOrId);
        if (Files.isRegularFile(asPath)) {
            return asPath;
        }
        if (Files.isRegularFile(directory.resolve(fileOrId))) {
            return directory.resolve(fileOrId);
        }
        for (Path file : campaignFiles()) {
            String name = file.getFileName().toString();
            if (name.substring(0, name.lastIndexOf('.')).equals(fileOrId)) {
                return file;
            }
            Checked<Campaign> campaign = CampaignReader.read(read(file), name);
            if (campaign.value().map(value -> value.id().equals(fileOrId)).orElse(false)) {
                return file;
            }
        }
        throw new BatonException(ErrorCode.NOT_FOUND, "no campaign file or campaign id '" + Text.quoteForMessage(fileOrId) + "' (campaigns in "
                + campaignsDirectory() + ": " + String.join(", ", campaignFiles().stream().map(path -> path.getFileName().toString()).toList()) + ")");
    }

    /** The campaign files of the workspace, sorted by name. */
    public List<Path> campaignFiles() {
        if (!Files.isDirectory(campaignsDirectory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(campaignsDirectory())) {
            List<Path> result = new ArrayList<>(files.filter(path -> {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
            }).sorted().toList());
            return result;
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot list " + campaignsDirectory() + ": " + e.getMessage(), e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new BatonException(ErrorCode.FILE_UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
