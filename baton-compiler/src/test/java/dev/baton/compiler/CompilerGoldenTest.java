package dev.baton.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.LabelOwner;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.WorkTableNaming;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.error.ErrorCode;
import dev.baton.testkit.GoldenFiles;
import dev.baton.testkit.TestingDemo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/golden/} holds a {@code campaign.yaml} and the expected
 * {@code plan.txt}, {@code duckdb.sql} and {@code postgres.sql}. Rewrite them with {@code -Dgolden.update=true}.
 */
final class CompilerGoldenTest {
    static final Instant REFERENCE_TIME = Instant.parse("2026-06-15T09:30:00Z");
    private static final Path CASES = Path.of("src", "test", "resources", "golden");
    /**
     * Saved audiences, as the engine would hand them in: "Recent purchasers" (version 3, several rows per profile,
     * owned by recent-bookers) and "Loyal members" (one row per profile).
     */
    static final AudienceCatalog CATALOG = new AudienceCatalog(
            List.of(new LabelOwner("Recent purchasers", "recent-bookers", "save-recent-purchasers"), new LabelOwner("Loyal members", "loyalty", "save")),
            List.of(new AudienceTable("Recent purchasers", "Recipients - CRMID", "crmId", 3, TableName.parse("baton_audiences.a1_v3"), List.of(
                    new StoredField("crmId", AttributeType.STRING, StoredField.FieldRole.IDENTITY),
                    new StoredField("recipients_recipientId", AttributeType.INTEGER, StoredField.FieldRole.SOURCE_KEY),
                    new StoredField("email", AttributeType.STRING, StoredField.FieldRole.MAPPED)), 1_250, 1_200),
                    new AudienceTable("Loyal members", "Recipients - CRMID", "crmId", 1, TableName.parse("baton_audiences.a2_v1"), List.of(
                            new StoredField("crmId", AttributeType.STRING, StoredField.FieldRole.IDENTITY),
                            new StoredField("recipients_recipientId", AttributeType.INTEGER, StoredField.FieldRole.SOURCE_KEY),
                            new StoredField("email", AttributeType.STRING, StoredField.FieldRole.MAPPED)), 800, 800)));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compiledPlanAndSqlMatchGoldenFiles(String name) throws IOException {
        Campaign campaign = CampaignReader.read(Files.readString(CASES.resolve(name).resolve("campaign.yaml")), "campaign.yaml")
                .orThrow(ErrorCode.INVALID_CAMPAIGN, name);
        for (Dialect dialect : Dialect.values()) {
            Checked<CompiledCampaign> compiled = CampaignCompiler.compile(campaign, TestingDemo.dataModel(),
                    new CompileOptions(dialect, REFERENCE_TIME, new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, "r1"), CATALOG));
            assertThat(compiled.diagnostics()).isEmpty();
            if (dialect == Dialect.DUCKDB) {
                GoldenFiles.assertMatches("golden/" + name + "/plan.txt", compiled.value().orElseThrow().plan());
            }
            GoldenFiles.assertMatches("golden/" + name + "/" + dialect.fileName() + ".sql", compiled.value().orElseThrow().sqlScript());
        }
    }
}
