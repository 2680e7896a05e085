package dev.baton.engine.workspace;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Fields;
import dev.baton.model.io.TreeFiles;
import java.util.Optional;
import java.util.Set;

/**
 * The settings in {@code baton.yaml}.
 *
 * @param engine engine name, {@code duckdb} by default
 * @param database for DuckDB, the database file relative to the workspace
 * @param dataModel the data model file relative to the workspace
 * @param campaigns the folder of campaign files relative to the workspace
 */
public record WorkspaceConfig(int formatVersion, String engine, String database, String dataModel, String campaigns) {
    public static final String FILE_NAME = "baton.yaml";
    public static final int FORMAT_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("formatVersion", "engine", "database", "dataModel", "campaigns");

    public WorkspaceConfig {
        requireNonNull(engine, "engine is null");
        requireNonNull(database, "database is null");
        requireNonNull(dataModel, "dataModel is null");
        requireNonNull(campaigns, "campaigns is null");
    }

    public static WorkspaceConfig defaults() {
        return new WorkspaceConfig(FORMAT_VERSION, "duckdb", "workspace.duckdb", "datamodel.yaml", "campaigns");
    }

    public static Checked<WorkspaceConfig> read(String content) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<JsonNode> root = TreeFiles.parse(content, FILE_NAME, diagnostics);
        if (root.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        Optional<Fields> fields = Fields.of(root.get(), "", FIELDS, diagnostics);
        if (fields.isEmpty()) {
            return Checked.failed(diagnostics);
        }
        WorkspaceConfig defaults = defaults();
        Optional<Integer> version = fields.get().integer("formatVersion");
        version.filter(v -> v != FORMAT_VERSION).ifPresent(v -> diagnostics.add(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion",
                "workspace format version " + v + " is not supported; this Baton reads version " + FORMAT_VERSION));
        return Checked.of(new WorkspaceConfig(version.orElse(FORMAT_VERSION),
                fields.get().text("engine").orElse(defaults.engine()),
                fields.get().text("database").orElse(defaults.database()),
                fields.get().text("dataModel").orElse(defaults.dataModel()),
                fields.get().text("campaigns").orElse(defaults.campaigns())), diagnostics);
    }

    public String toYaml() {
        return "# Baton workspace settings\nformatVersion: " + formatVersion + "\nengine: " + engine + "\ndatabase: " + database
                + "\ndataModel: " + dataModel + "\ncampaigns: " + campaigns + "\n";
    }
}
